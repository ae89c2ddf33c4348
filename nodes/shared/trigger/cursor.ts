import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger keeps in the workflow's static data between polls. It is small and bounded
 * whatever the volume: one second, a floor, and at most MAX_SEEN_KEYS short keys.
 *
 * - `since`: the `created` second of the newest object emitted so far (at the start: of the newest
 *   object that existed, or the chosen start date). Nothing created after `since` has been emitted.
 * - `seen`: keys of the objects already emitted, grouped by `created` second. Only seconds
 *   `>= floor` are kept: for most events only `since` itself (many objects share a second, and
 *   more may arrive in it after a poll); for Checkout Sessions also the look-back window, because a
 *   session created before `since` can complete (become listable) later.
 * - `floor`: every object emitted with `created >= floor` has its key in `seen`.
 * - `tail`: set only in the overflow fallback (more than MAX_SEEN_KEYS objects emitted in one
 *   second): `seen[tail]` then holds the newest-positioned keys of that second only, and objects
 *   listed after (older than) the last of them count as emitted.
 *
 * A key is 10 base64url characters of the SHA-256 of the object id (60 bits): ids of Checkout
 * Sessions are 66 characters long, and a collision among at most 1,000 keys is ~1e-15 likely.
 */
export interface Cursor {
	v: 1;
	key: string;
	startFrom?: string;
	since: number;
	floor: number;
	seen: Record<string, string>;
	tail?: number;
}

export const CURSOR_FIELD = 'cursor';
export const KEY_LENGTH = 10;
/** 10,000 × Stripe's per-second write limit would be needed to outgrow it in the since-second. */
export const MAX_SEEN_KEYS = 1000;

export function objectKey(id: string): string {
	return createHash('sha256').update(id).digest('base64url').slice(0, KEY_LENGTH);
}

export function keysOf(packed: string | undefined): string[] {
	const keys: string[] = [];
	if (!packed) return keys;
	for (let at = 0; at + KEY_LENGTH <= packed.length; at += KEY_LENGTH) keys.push(packed.slice(at, at + KEY_LENGTH));
	return keys;
}

export function keysAt(cursor: Cursor, second: number): Set<string> {
	return new Set(keysOf(cursor.seen[String(second)]));
}

export function newCursor(key: string, since: number, floor: number, startFrom?: string): Cursor {
	const cursor: Cursor = { v: 1, key, since, floor, seen: {} };
	if (startFrom) cursor.startFrom = startFrom;
	return cursor;
}

/** The cursor from static data, or undefined when there is none or it is not one we wrote. */
export function readCursor(staticData: IDataObject): Cursor | undefined {
	const value = staticData[CURSOR_FIELD] as Partial<Cursor> | undefined;
	if (!value || typeof value !== 'object' || value.v !== 1) return undefined;
	if (typeof value.key !== 'string' || !Number.isInteger(value.since) || !Number.isInteger(value.floor)) return undefined;
	if (!value.seen || typeof value.seen !== 'object') return undefined;
	return value as Cursor;
}

export interface Emitted {
	id: string;
	created: number;
}

/**
 * The cursor after `emitted` (oldest first) went out. `lookBackSeconds` > 0 keeps the keys of
 * that many seconds before `since` (late completions); 0 keeps only the `since` second.
 */
export function advanceCursor(cursor: Cursor, emitted: readonly Emitted[], lookBackSeconds: number): Cursor {
	const seen = new Map<number, string[]>();
	for (const [second, packed] of Object.entries(cursor.seen)) seen.set(Number(second), keysOf(packed));
	let since = cursor.since;
	for (const item of emitted) {
		if (item.created > since) since = item.created;
		const keys = seen.get(item.created) ?? [];
		keys.push(objectKey(item.id));
		seen.set(item.created, keys);
	}
	let floor = lookBackSeconds > 0 ? Math.max(cursor.floor, since - lookBackSeconds) : since;
	let tail = cursor.tail === since ? since : undefined;
	const seconds = [...seen.keys()].filter((second) => second >= floor).sort((a, b) => a - b);
	let total = seconds.reduce((sum, second) => sum + (seen.get(second)?.length ?? 0), 0);
	// Bounded: forget the oldest seconds first (the window shrinks), then the oldest keys of `since`.
	while (total > MAX_SEEN_KEYS && seconds.length > 1 && seconds[0] < since) {
		const dropped = seconds.shift() as number;
		total -= seen.get(dropped)?.length ?? 0;
		floor = dropped + 1;
	}
	const out: Record<string, string> = {};
	for (const second of seconds) {
		let keys = seen.get(second) ?? [];
		if (second === since && keys.length > MAX_SEEN_KEYS) {
			keys = keys.slice(keys.length - MAX_SEEN_KEYS);
			tail = since;
		}
		if (keys.length) out[String(second)] = keys.join('');
	}
	const next: Cursor = { v: 1, key: cursor.key, since, floor, seen: out };
	if (cursor.startFrom) next.startFrom = cursor.startFrom;
	if (tail !== undefined) next.tail = tail;
	return next;
}

/**
 * Seconds of the look-back window (Checkout Sessions completing late) that `next` no longer
 * covers because more than MAX_SEEN_KEYS objects were emitted in it, when `next` dropped more of
 * them than `previous`; 0 otherwise. Callers warn: a session in those seconds is not looked for.
 */
export function lookBackLost(previous: Cursor, next: Cursor, lookBackSeconds: number): number {
	if (lookBackSeconds <= 0 || next.floor <= previous.floor) return 0;
	return Math.max(0, next.floor - (next.since - lookBackSeconds));
}

/** What both triggers log when `lookBackLost` is above 0. */
export function lookBackLostMessage(seconds: number): string {
	return `more than ${MAX_SEEN_KEYS.toLocaleString('en-US')} Checkout Sessions completed within the Late Completion Window; its oldest ${seconds} s are no longer looked at, so a session created then and completed later is not emitted`;
}
