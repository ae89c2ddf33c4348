import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { formatAmount } from '../../shared/helpers/money';
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

/**
 * Prices and coupons have no name search: one page of the list (newest first; active prices
 * only), narrowed to the entries whose label or ID contains the filter.
 */
async function listMatching<T extends { id: string }>(
	ctx: ILoadOptionsFunctions,
	path: string,
	qs: Record<string, string | number | boolean | string[]>,
	label: (found: T) => string,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<{ results: Array<{ name: string; value: string }>; next?: string }> {
	const client = await StripeClient.create(ctx);
	const page = await client.request<{ data: T[]; has_more: boolean }>({
		method: 'GET',
		path,
		qs: { ...qs, limit: 100, ...(paginationToken ? { starting_after: paginationToken } : {}) },
	});
	const wanted = filter?.trim().toLowerCase();
	const data = wanted ? page.data.filter((found) => `${label(found)} ${found.id}`.toLowerCase().includes(wanted)) : page.data;
	return {
		results: data.map((found) => ({ name: label(found), value: found.id })),
		next: page.has_more ? page.data[page.data.length - 1]?.id : undefined,
	};
}

interface FoundPrice {
	id: string;
	nickname?: string | null;
	lookup_key?: string | null;
	unit_amount?: number | null;
	currency?: string;
	recurring?: { interval?: string; interval_count?: number } | null;
	product?: string | { name?: string } | null;
}

function priceLabel(price: FoundPrice): string {
	const product = typeof price.product === 'object' && price.product ? price.product.name : undefined;
	const amount = formatAmount(price.unit_amount, price.currency) ?? price.currency?.toUpperCase() ?? '';
	const every = price.recurring?.interval ? ` / ${price.recurring.interval_count && price.recurring.interval_count > 1 ? `${price.recurring.interval_count} ` : ''}${price.recurring.interval}` : '';
	const name = product ?? price.nickname ?? price.lookup_key ?? price.id;
	return `${name} · ${amount}${every}`;
}

export async function searchPrices(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listMatching<FoundPrice>(this, '/v1/prices', { active: true, expand: ['data.product'] }, priceLabel, filter, paginationToken);
	return {
		results: page.results.map((result) => ({ ...result, url: `https://dashboard.stripe.com/prices/${result.value}` })),
		paginationToken: page.next,
	};
}

interface FoundCoupon {
	id: string;
	name?: string | null;
	percent_off?: number | null;
	amount_off?: number | null;
	currency?: string | null;
}

function couponLabel(coupon: FoundCoupon): string {
	const off = coupon.percent_off ? `${coupon.percent_off}% off` : `${formatAmount(coupon.amount_off, coupon.currency) ?? ''} off`;
	return `${coupon.name || coupon.id} · ${off}`;
}

export async function searchCoupons(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listMatching<FoundCoupon>(this, '/v1/coupons', {}, couponLabel, filter, paginationToken);
	return {
		results: page.results.map((result) => ({ ...result, url: `https://dashboard.stripe.com/coupons/${result.value}` })),
		paginationToken: page.next,
	};
}

interface FoundInvoice {
	id: string;
	number?: string | null;
	status?: string | null;
	total?: number | null;
	currency?: string;
	customer_name?: string | null;
	customer_email?: string | null;
}

function invoiceLabel(invoice: FoundInvoice): string {
	const who = invoice.customer_name || invoice.customer_email || '';
	return [invoice.number ?? `Draft ${invoice.id}`, who, formatAmount(invoice.total, invoice.currency), invoice.status].filter(Boolean).join(' · ');
}

/** Invoices: one page of the list (newest first), narrowed to those whose number, customer, status or ID contains the filter. */
export async function searchInvoices(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listMatching<FoundInvoice>(this, '/v1/invoices', {}, invoiceLabel, filter, paginationToken);
	return {
		results: page.results.map((result) => ({ ...result, url: `https://dashboard.stripe.com/invoices/${result.value}` })),
		paginationToken: page.next,
	};
}

interface FoundInvoiceItem {
	id: string;
	description?: string | null;
	amount?: number | null;
	currency?: string;
	invoice?: string | null;
}

function invoiceItemLabel(item: FoundInvoiceItem): string {
	return [item.description || item.id, formatAmount(item.amount, item.currency), item.invoice ? `on ${item.invoice}` : 'pending'].filter(Boolean).join(' · ');
}

export async function searchInvoiceItems(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listMatching<FoundInvoiceItem>(this, '/v1/invoiceitems', {}, invoiceItemLabel, filter, paginationToken);
	return { results: page.results, paginationToken: page.next };
}

interface FoundPayment {
	id: string;
	amount?: number | null;
	currency?: string;
	status?: string;
	description?: string | null;
	receipt_email?: string | null;
	created?: number;
	billing_details?: { email?: string | null } | null;
}

/** "19.99 USD · succeeded · ada@example.com · 2026-11-30": what tells one payment from another in a list. */
function paymentLabel(found: FoundPayment): string {
	const who = found.receipt_email || found.billing_details?.email || found.description;
	const day = typeof found.created === 'number' ? new Date(found.created * 1000).toISOString().slice(0, 10) : undefined;
	return [formatAmount(found.amount, found.currency) ?? found.id, found.status, who, day].filter(Boolean).join(' · ');
}

/** Payment intents and charges have no text search: one page of the newest, narrowed to those whose label or ID contains the filter. */
export async function searchPaymentIntents(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listMatching<FoundPayment>(this, '/v1/payment_intents', {}, paymentLabel, filter, paginationToken);
	return {
		results: page.results.map((result) => ({ ...result, url: `https://dashboard.stripe.com/payments/${result.value}` })),
		paginationToken: page.next,
	};
}

export async function searchCharges(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listMatching<FoundPayment>(this, '/v1/charges', {}, paymentLabel, filter, paginationToken);
	return {
		results: page.results.map((result) => ({ ...result, url: `https://dashboard.stripe.com/payments/${result.value}` })),
		paginationToken: page.next,
	};
}
