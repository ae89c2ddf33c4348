import type { StripeClient } from './client';
import type { FormValue } from './formEncode';

export interface StripeList<T> {
	object: 'list';
	data: T[];
	has_more: boolean;
}

/** The paging parameters of a list request. */
export type PageQuery = { limit: number; starting_after?: string; ending_before?: string };

/** The parameters of a search request. */
export type SearchPageQuery = { query: string; limit: number; page?: string; expand?: string[] };

export interface ListWalk {
	path: string;
	qs?: Record<string, FormValue>;
	/** Stripe lists newest first. `older` walks down with starting_after, `newer` up with ending_before. */
	direction?: 'older' | 'newer';
	/** Where to start (an object id); the object itself is not returned. */
	cursor?: string;
	pageSize?: number;
	/** Checked before each request: once true, the walk ends with the client's NotSentError. */
	stopped?: () => boolean;
}

/**
 * Walks a Stripe list one page at a time: only the page being handed out is held, so a caller
 * that stops early never fetches (or keeps) more than it uses. Each page stays newest first.
 */
export async function* listPages<T extends { id: string }>(client: StripeClient, walk: ListWalk): AsyncGenerator<T[]> {
	const direction = walk.direction ?? 'older';
	const cursorParam = direction === 'older' ? 'starting_after' : 'ending_before';
	let cursor = walk.cursor;
	for (;;) {
		const paging: PageQuery = { limit: walk.pageSize ?? 100 };
		if (cursor) paging[cursorParam] = cursor;
		const qs: Record<string, FormValue> = { ...walk.qs, ...paging };
		const page = await client.request<StripeList<T>>({ method: 'GET', path: walk.path, qs, stopped: walk.stopped });
		if (page.data.length > 0) yield page.data;
		if (!page.has_more || page.data.length === 0) return;
		cursor = direction === 'older' ? page.data[page.data.length - 1].id : page.data[0].id;
	}
}

export interface SearchWalk {
	/** A search endpoint, e.g. `/v1/customers/search`. */
	path: string;
	/** Stripe's search query language, e.g. `email:'ada@example.com'`. */
	query: string;
	pageSize?: number;
	stopped?: () => boolean;
	expand?: string[];
}

interface StripeSearchResult<T> {
	object: 'search_result';
	data: T[];
	has_more: boolean;
	next_page: string | null;
}

/** Walks a Stripe search result one page at a time, following `next_page`, as listPages does for lists. */
export async function* searchPages<T>(client: StripeClient, walk: SearchWalk): AsyncGenerator<T[]> {
	let page: string | undefined;
	for (;;) {
		const qs: SearchPageQuery = { query: walk.query, limit: walk.pageSize ?? 100 };
		if (walk.expand) qs.expand = walk.expand;
		if (page) qs.page = page;
		const result = await client.request<StripeSearchResult<T>>({ method: 'GET', path: walk.path, qs, stopped: walk.stopped });
		if (result.data.length > 0) yield result.data;
		if (!result.has_more || !result.next_page || result.data.length === 0) return;
		page = result.next_page;
	}
}
