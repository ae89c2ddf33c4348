import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { StripeClient } from '../../shared/transport/client';
import type { PageQuery, SearchPageQuery } from '../../shared/transport/listPages';

const PAGE_SIZE = 25;

interface Found {
	id: string;
	name?: string | null;
	email?: string | null;
}

/** Stripe's search query language takes quoted strings; quotes and backslashes are escaped. */
function quoted(filter: string): string {
	return `"${filter.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

async function searchOrList(
	ctx: ILoadOptionsFunctions,
	collection: 'customers' | 'products',
	query: string | undefined,
	paginationToken: string | undefined,
): Promise<{ data: Found[]; next?: string }> {
	const client = await StripeClient.create(ctx);
	if (query) {
		const qs: SearchPageQuery = { query, limit: PAGE_SIZE };
		if (paginationToken) qs.page = paginationToken;
		const page = await client.request<{ data: Found[]; has_more: boolean; next_page: string | null }>({
			method: 'GET',
			path: `/v1/${collection}/search`,
			qs,
		});
		return { data: page.data, next: page.has_more && page.next_page ? page.next_page : undefined };
	}
	const qs: PageQuery = { limit: PAGE_SIZE };
	if (paginationToken) qs.starting_after = paginationToken;
	const page = await client.request<{ data: Found[]; has_more: boolean }>({ method: 'GET', path: `/v1/${collection}`, qs });
	return { data: page.data, next: page.has_more ? page.data[page.data.length - 1]?.id : undefined };
}

export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const query = filter?.trim() ? `email~${quoted(filter.trim())} OR name~${quoted(filter.trim())}` : undefined;
	const page = await searchOrList(this, 'customers', query, paginationToken);
	return {
		results: page.data.map((customer) => ({
			name: `${customer.name || customer.email || customer.id}${customer.email && customer.name ? ` <${customer.email}>` : ''}`,
			value: customer.id,
			url: `https://dashboard.stripe.com/customers/${customer.id}`,
		})),
		paginationToken: page.next,
	};
}

export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const query = filter?.trim() ? `name~${quoted(filter.trim())}` : undefined;
	const page = await searchOrList(this, 'products', query, paginationToken);
	return {
		results: page.data.map((found) => ({
			name: found.name || found.id,
			value: found.id,
			url: `https://dashboard.stripe.com/products/${found.id}`,
		})),
		paginationToken: page.next,
	};
}
