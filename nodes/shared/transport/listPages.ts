import type { StripeClient } from './client';
import type { FormValue } from './formEncode';

export interface StripeList<T> {
	object: 'list';
	data: T[];
	has_more: boolean;
}

export interface ListWalk {
	path: string;
	qs?: Record<string, FormValue>;
	/** Stripe lists newest first. `older` walks down with starting_after, `newer` up with ending_before. */
	direction?: 'older' | 'newer';
	/** Where to start (an object id); the object itself is not returned. */
	cursor?: string;
	pageSize?: number;
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
		const qs: Record<string, FormValue> = { ...walk.qs, limit: walk.pageSize ?? 100 };
		if (cursor) qs[cursorParam] = cursor;
		const page = await client.request<StripeList<T>>({ method: 'GET', path: walk.path, qs });
		if (page.data.length > 0) yield page.data;
		if (!page.has_more || page.data.length === 0) return;
		cursor = direction === 'older' ? page.data[page.data.length - 1].id : page.data[0].id;
	}
}
