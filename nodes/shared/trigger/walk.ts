import type { IDataObject } from 'n8n-workflow';

import type { StripeClient } from '../transport/client';
import { listPages, type ListWalk, type StripeList } from '../transport/listPages';
import { resourcePath } from '../transport/pathId';
import { stripeDetailsOf } from '../transport/stripeError';
import { advanceCursor, keysAt, MAX_SEEN_KEYS, newCursor, objectKey, type Cursor } from './cursor';
import type { EventSource, WalkQuery } from './sources';

export interface StripeObject extends IDataObject {
	id: string;
	created: number;
}

export interface WalkOptions {
	source: EventSource;
	simplify: boolean;
	/** Emit at most this many objects (the oldest); 0 = no cap. */
	maxItems: number;
	/** Seconds before `since` in which a late-listable object (a session completing) is looked for. */
	lookBackSeconds: number;
	/** Epoch ms: once something was collected, no further page is fetched after it. */
	deadline: number;
	now: () => number;
}

/** The poll's result: what to emit (oldest first) and the cursor that records exactly that. */
export interface PollResult {
	objects: StripeObject[];
	cursor: Cursor;
	/** (Events) what the cursor stood on is gone from Stripe: it kept events for 30 days only. */
	horizonPassed?: boolean;
}

const PAGE = 100;
const ANCHOR_ATTEMPTS = 3;

/**
 * Everything created since the cursor and not yet emitted, oldest first, capped.
 *
 * Stripe lists newest first; `created` filters are whole seconds. The walk:
 *  1. (Checkout Sessions) the look-back window [floor, since): complete sessions not yet emitted
 *     are late completions.
 *  2. the second `since` itself, listed whole: what is not in `seen` is new (objects keep arriving
 *     in the second of the last poll).
 *  3. from an anchor (the newest-listed object of that second, else the newest object before it,
 *     else the oldest populated second found by bisection), upward with `ending_before`, page by
 *     page, oldest first, stopping at the cap or at the poll's time budget.
 * The anchor is fetched fresh on every poll, never kept: a deleted object cannot break the walk
 * (and if the anchor vanishes between two requests, the walk starts again).
 */
export async function collectNew(client: StripeClient, cursor: Cursor, options: WalkOptions): Promise<PollResult> {
	const { source, maxItems } = options;
	const since = cursor.since;
	const collected: StripeObject[] = [];
	const room = () => (maxItems > 0 ? maxItems - collected.length : Number.POSITIVE_INFINITY);

	const floor = options.lookBackSeconds > 0 ? Math.max(cursor.floor, since - options.lookBackSeconds) : since;
	if (source.completesLate && floor < since) {
		const late = await lateCompletions(client, cursor, floor, options);
		await attachTo(client, options, late);
		collected.push(...late.slice(0, room()));
	}

	let horizonPassed = false;
	for (let attempt = 1; ; attempt++) {
		const main: StripeObject[] = [];
		const passed = () => (horizonPassed = true);
		// Errors come from the transport as NodeApiError (Stripe's fields, never the key).
		const failure: unknown = await walkFromSince(client, cursor, options, main, () => room() - main.length, passed).then(
			() => undefined,
			(error: unknown) => error ?? new Error('The walk over Stripe failed'),
		);
		if (failure === undefined) {
			collected.push(...main.slice(0, Math.max(0, room())));
			break;
		}
		// The anchor was deleted between listing it and walking from it: list again.
		if (attempt < ANCHOR_ATTEMPTS && stripeDetailsOf(failure)?.code === 'resource_missing') continue;
		throw failure;
	}

	const result: PollResult = { objects: collected, cursor: advanceCursor(cursor, collected, options.lookBackSeconds) };
	if (horizonPassed) result.horizonPassed = true;
	return result;
}

async function walkFromSince(
	client: StripeClient,
	cursor: Cursor,
	options: WalkOptions,
	out: StripeObject[],
	room: () => number,
	horizonPassed: () => void,
): Promise<void> {
	const { source } = options;
	const since = cursor.since;
	const emitQs = emitQuery(options);
	const ids = new Set<string>();
	const take = (object: StripeObject) => {
		if (ids.has(object.id)) return;
		ids.add(object.id);
		out.push(object);
	};
	// What was taken since `from` gets what its output needs beyond the list, page by page, so
	// that the poll's deadline also bounds these requests.
	const complete = async (from: number) => await attachTo(client, options, out.slice(from));

	// 2. The second `since`, whole (newest listed first).
	const atSince = await listAll(client, source.path, { ...emitQs, created: { gte: since, lte: since } });
	for (const object of fresh(atSince, cursor).reverse()) take(object);
	await complete(0);
	let anchor: string | undefined = atSince[0]?.id;
	// Events are never deleted, only dropped after 30 days: when what the cursor stood on (of any
	// type: the chosen types may have changed) is gone, the gap since is older than Stripe keeps.
	if (source.events && !anchor && keysAt(cursor, since).size > 0 && !(await newest(client, source.path, { created: { lte: since } }))) horizonPassed();

	if (!anchor) {
		// The newest object before `since` bounds the walk from below.
		anchor = (await newest(client, source.path, { ...source.filter, created: { lt: since } }))?.id;
	}
	if (!anchor) {
		// Nothing at or before `since` (an empty account at activation, a start date before the
		// first object). Usually few objects follow: one page of them, oldest first, is all there is.
		const after = await client.request<StripeList<StripeObject>>({ method: 'GET', path: source.path, qs: { ...emitQs, created: { gt: since }, limit: PAGE } });
		if (!after.has_more) {
			const before = out.length;
			for (const object of [...after.data].reverse()) take(object);
			await complete(before);
			return;
		}
		// Many: find the oldest populated second after `since` by bisection (≤ 32 requests).
		const oldest = await oldestSecondAfter(client, source, since);
		if (oldest === undefined) return;
		const first = await listAll(client, source.path, { ...emitQs, created: { gte: oldest, lte: oldest } });
		const before = out.length;
		for (const object of [...first].reverse()) take(object);
		await complete(before);
		anchor = first[0]?.id;
		if (!anchor) return;
	}
	if (room() <= 0) return;

	// 3. Upward from the anchor, oldest first.
	const pageSize = Math.min(PAGE, Math.max(1, room()));
	const seenAtSince = keysAt(cursor, since);
	for await (const page of pagesOf(client, {
		path: source.path,
		qs: emitQs,
		direction: 'newer',
		cursor: anchor,
		pageSize,
	})) {
		const before = out.length;
		for (let index = page.length - 1; index >= 0; index--) {
			const object = page[index];
			// Older than `since` cannot be new here (a straggler at most); the late pass owns those.
			if (object.created < since) continue;
			if (object.created === since && seenAtSince.has(objectKey(object.id))) continue;
			take(object);
		}
		await complete(before);
		if (room() <= 0) return;
		if (out.length > 0 && options.now() >= options.deadline) return;
	}
}

/** Objects of the second `since` (newest listed first) that were not emitted yet. */
function fresh(atSince: StripeObject[], cursor: Cursor): StripeObject[] {
	const seen = keysAt(cursor, cursor.since);
	const isSeen = (object: StripeObject) => seen.has(objectKey(object.id));
	if (cursor.tail !== cursor.since) return atSince.filter((object) => !isSeen(object));
	// Overflow fallback: only the newest-listed keys were kept; what is listed after the last of
	// them was emitted before them.
	let last = -1;
	atSince.forEach((object, index) => {
		if (isSeen(object)) last = index;
	});
	return atSince.slice(0, Math.max(0, last)).filter((object) => !isSeen(object));
}

async function lateCompletions(
	client: StripeClient,
	cursor: Cursor,
	floor: number,
	options: WalkOptions,
): Promise<StripeObject[]> {
	const { source } = options;
	const late: StripeObject[] = [];
	const seenBySecond = new Map<number, Set<string>>();
	const seenAt = (second: number) => {
		let keys = seenBySecond.get(second);
		if (!keys) seenBySecond.set(second, (keys = keysAt(cursor, second)));
		return keys;
	};
	for await (const page of pagesOf(client, {
		path: source.path,
		qs: { ...source.filter, created: { gte: floor, lt: cursor.since } },
		direction: 'older',
		pageSize: PAGE,
	})) {
		for (const object of page) {
			if (!seenAt(object.created).has(objectKey(object.id))) late.push(object);
		}
	}
	late.reverse();
	const wanted = options.maxItems > 0 ? late.slice(0, options.maxItems) : late;
	if (!options.simplify || source.expand.length === 0) return wanted;
	// Rare: fetch the few late ones again with the expansions the simplified output reads.
	const expanded: StripeObject[] = [];
	for (const object of wanted) {
		expanded.push(
			await client.request<StripeObject>({
				method: 'GET',
				path: resourcePath(source.path, object.id),
				qs: { expand: source.expand.map((path) => path.replace(/^data\./, '')) },
			}),
		);
	}
	return expanded;
}

/** The cursor for a trigger that starts now: everything that exists counts as already emitted. */
export async function startNow(
	client: StripeClient,
	source: EventSource,
	lookBackSeconds: number,
): Promise<Cursor> {
	const top = await newest(client, source.path, source.filter);
	if (!top) return newCursor(source.key, 0, 0);
	const since = top.created;
	const lookBack = source.completesLate ? lookBackSeconds : 0;
	let floor = since - lookBack;
	const known: StripeObject[] = [];
	let overflow = false;
	for await (const page of pagesOf(client, {
		path: source.path,
		qs: { ...source.filter, created: { gte: floor } },
		direction: 'older',
		pageSize: PAGE,
	})) {
		known.push(...page);
		if (known.length > MAX_SEEN_KEYS) {
			overflow = true;
			break;
		}
	}
	let kept = known;
	if (overflow) {
		const partial = known[known.length - 1].created;
		if (partial < since) {
			kept = known.filter((object) => object.created > partial);
			floor = partial + 1;
		}
	}
	return advanceCursor(newCursor(source.key, since, Math.max(floor, 0)), kept.reverse(), lookBack);
}

/** The most recent object, for "Fetch Test Event". */
export async function mostRecent(client: StripeClient, options: Pick<WalkOptions, 'source' | 'simplify'>) {
	const accept = options.source.accept;
	const object = accept
		? (await client.request<StripeList<StripeObject>>({ method: 'GET', path: options.source.path, qs: { ...emitQuery(options), limit: PAGE } })).data.find(accept)
		: await newest(client, options.source.path, emitQuery(options));
	if (object) await attachTo(client, options, [object]);
	return object;
}

/** With Simplify on, what the source's output reads beyond the list (a charge's invoice), onto the objects. */
async function attachTo(client: StripeClient, options: Pick<WalkOptions, 'source' | 'simplify'>, objects: StripeObject[]): Promise<void> {
	const attach = options.source.attach;
	if (options.simplify && attach && objects.length > 0) await attach(client, objects);
}

/** A walk's list request: the source's filter, a `created` range, the expansions (and listPages' PageQuery). */
type SourceQuery = WalkQuery & EventSource['filter'];

function emitQuery(options: Pick<WalkOptions, 'source' | 'simplify'>): SourceQuery {
	const { source } = options;
	return options.simplify && source.expand.length ? { ...source.filter, expand: source.expand } : { ...source.filter };
}

async function listAll(client: StripeClient, path: string, qs: SourceQuery): Promise<StripeObject[]> {
	const all: StripeObject[] = [];
	for await (const page of pagesOf(client, { path, qs, direction: 'older', pageSize: PAGE })) {
		all.push(...page);
	}
	return all;
}

async function newest(
	client: StripeClient,
	path: string,
	qs: SourceQuery,
): Promise<StripeObject | undefined> {
	const page = await client.request<StripeList<StripeObject>>({ method: 'GET', path, qs: { ...qs, limit: 1 } });
	return withCreated(page.data)[0];
}

async function* pagesOf(client: StripeClient, walk: ListWalk): AsyncGenerator<StripeObject[]> {
	for await (const page of listPages<StripeObject>(client, walk)) yield withCreated(page);
}

/**
 * An invoice item has no `created`: its creation time is `date` (and the list's `created` filter
 * filters on it). The walk orders by `created`, so it is given one, not enumerable: the raw
 * output stays Stripe's object.
 */
function withCreated(objects: StripeObject[]): StripeObject[] {
	for (const object of objects) {
		if (typeof object.created !== 'number' && typeof object.date === 'number') {
			Object.defineProperty(object, 'created', { value: object.date, enumerable: false, writable: true, configurable: true });
		}
	}
	return objects;
}

async function oldestSecondAfter(client: StripeClient, source: EventSource, since: number): Promise<number | undefined> {
	const top = await newest(client, source.path, { ...source.filter, created: { gt: since } });
	if (!top) return undefined;
	let low = since + 1;
	let high = top.created;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		const any = await newest(client, source.path, { ...source.filter, created: { gte: low, lte: middle } });
		if (any) high = middle;
		else low = middle + 1;
	}
	return low;
}
