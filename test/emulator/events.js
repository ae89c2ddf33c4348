'use strict';
/**
 * Every event the emulator announces, in Stripe's order (created, then announcement): the one
 * place events live, read by `control.events()` and by `GET /v1/events` (newest first, cursors,
 * `created`, `type` with `*` wildcards, `types[]`, `delivery_success`). Stripe keeps events 30
 * days: the API neither lists nor retrieves an older one (by the emulator's clock); the log keeps
 * them until reset. An event's `data.object` is kept in the stored (endive) shape and shown in the
 * event's own `api_version`. A connected account's events (`account`) are listed and retrieved
 * with its Stripe-Account header only, as Stripe scopes them; the objects themselves are not scoped.
 */
const { StripeError, missing } = require('./resources');
const { renderEvent } = require('./versions');

const HORIZON_SECONDS = 30 * 24 * 3600;
const MAX_TYPES = 20;

const invalid = (message, param, code) => new StripeError(400, { type: 'invalid_request_error', code, param, message });

function compare(a, b) {
	return a.created - b.created || a._seq - b._seq;
}

/** The first index of the sorted array whose element is not `before` the point sought. */
function bound(sorted, before) {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(sorted[mid])) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** `type` as Stripe reads it: an exact name, or a group with `*` standing for any run of characters (`charge.*`, `*`). */
function typeMatcher(pattern) {
	if (!pattern.includes('*')) return (type) => type === pattern;
	const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
	const regex = new RegExp(`^${source}$`);
	return (type) => regex.test(type);
}

const isPlain = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Stripe's `previous_attributes`: the old values of what differs between two snapshots of an
 * object. A hash present on both sides (metadata, status_transitions…) shows only its changed keys;
 * a field that did not exist before shows null; a list shows its whole old value.
 */
function changedAttributes(before, after) {
	const previous = {};
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		const [old, now] = [before[key], after[key]];
		if (JSON.stringify(old) === JSON.stringify(now)) continue;
		previous[key] = isPlain(old) && isPlain(now) ? changedAttributes(old, now) : old === undefined ? null : structuredClone(old);
	}
	return previous;
}

/**
 * Announces `eventType` (an `*.updated`) for `object` changed from the snapshot `before`, with the
 * old values as `previous_attributes`; nothing when nothing changed, as Stripe sends no event then.
 */
function announceChange(emu, eventType, before, object) {
	const previous = changedAttributes(before, object);
	if (Object.keys(previous).length > 0) emu.webhooks.announce(eventType, object, previous);
	return object;
}

class EventLog {
	constructor() {
		this.reset();
	}

	reset() {
		this.sorted = [];
		this.byId = new Map();
		this.seq = 0;
	}

	record(event) {
		Object.defineProperty(event, '_seq', { value: ++this.seq, enumerable: false });
		const sorted = this.sorted;
		const last = sorted[sorted.length - 1];
		const index = !last || compare(last, event) < 0 ? sorted.length : bound(sorted, (other) => compare(other, event) <= 0);
		sorted.splice(index, 0, event);
		this.byId.set(event.id, event);
		return event;
	}

	/** Every event recorded, newest first, optionally of one exact type (for tests; no horizon). */
	list(type) {
		return this.sorted.filter((event) => type === undefined || event.type === type).reverse();
	}

	get(id) {
		return this.byId.get(id);
	}

	/** A delivery to `endpointId` was answered 2xx: that endpoint no longer counts in `pending_webhooks`. */
	delivered(id, endpointId) {
		const event = this.byId.get(id);
		if (event?._pending?.delete(endpointId)) event.pending_webhooks = event._pending.size;
	}

	/**
	 * One page, newest first, of the events within the horizon at `now` that pass the filters.
	 * `created` is an integer or {gt, gte, lt, lte}; `match` narrows by type and delivery.
	 */
	page({ now, limit, startingAfter, endingBefore, created, match }) {
		const range = createdRange(created, now - HORIZON_SECONDS);
		const lo = bound(this.sorted, (event) => event.created < range.gte);
		const hi = bound(this.sorted, (event) => event.created <= range.lte);
		const view = match ? this.sorted.slice(lo, hi).filter(match) : this.sorted.slice(lo, hi);
		const cursorOf = (id, param) => {
			const cursor = this.byId.get(id);
			if (!cursor) throw invalid(`No such event: '${id}'`, param, 'resource_missing');
			return cursor;
		};
		if (endingBefore !== undefined) {
			const cursor = cursorOf(endingBefore, 'ending_before');
			const start = bound(view, (event) => compare(event, cursor) <= 0);
			const end = Math.min(view.length, start + limit);
			return { data: view.slice(start, end).reverse(), has_more: end < view.length };
		}
		const end = startingAfter === undefined ? view.length : bound(view, (event) => compare(event, cursorOf(startingAfter, 'starting_after')) < 0);
		const start = Math.max(0, end - limit);
		return { data: view.slice(start, end).reverse(), has_more: start > 0 };
	}
}

/** {gte, lte} of integers from an integer or a range, never before `oldest`. */
function createdRange(created, oldest) {
	if (typeof created === 'number') return { gte: Math.max(created, oldest), lte: created };
	const range = created ?? {};
	const gte = Math.max(oldest, range.gte ?? -Infinity, range.gt === undefined ? -Infinity : range.gt + 1);
	const lte = Math.min(range.lte ?? Infinity, range.lt === undefined ? Infinity : range.lt - 1);
	return { gte, lte };
}

const withinHorizon = (emu, event) => event.created >= emu.now() - HORIZON_SECONDS;

/** An event as the API shows it: its object in the event's own version. */
const shown = (emu, event) => renderEvent(event, event.api_version, emu);

function listEvents(emu, params) {
	const limit = params.limit ?? 10;
	if (limit < 1 || limit > 100) {
		throw invalid('This value must be greater than or equal to 1 and less than or equal to 100.', 'limit', 'parameter_invalid_integer');
	}
	if (params.type !== undefined && params.types !== undefined) {
		throw invalid('You may only specify one of these parameters: type, types.', 'type', 'parameters_exclusive');
	}
	if (params.types !== undefined && params.types.length > MAX_TYPES) {
		throw invalid(`Invalid array: types can have at most ${MAX_TYPES} items.`, 'types', 'parameter_invalid_array');
	}
	const ofType = params.type !== undefined ? typeMatcher(params.type) : params.types !== undefined ? (type) => params.types.includes(type) : undefined;
	const delivery = params.delivery_success;
	const account = emu.currentAccount ?? undefined;
	const match = (event) =>
		event.account === account && (!ofType || ofType(event.type)) && (delivery === undefined || (event.pending_webhooks === 0) === delivery);
	const page = emu.eventLog.page({ now: emu.now(), limit, startingAfter: params.starting_after, endingBefore: params.ending_before, created: params.created, match });
	return { object: 'list', url: '/v1/events', has_more: page.has_more, data: page.data.map((event) => shown(emu, event)) };
}

function retrieveEvent(emu, _params, id) {
	const event = emu.eventLog.get(id);
	if (!event || !withinHorizon(emu, event) || event.account !== (emu.currentAccount ?? undefined)) throw missing('event', id);
	return shown(emu, event);
}

const eventRoutes = [
	['GET', /^\/v1\/events$/, '/v1/events', listEvents],
	['GET', /^\/v1\/events\/([^/]+)$/, '/v1/events/{id}', retrieveEvent],
];

module.exports = { EventLog, eventRoutes, changedAttributes, announceChange, typeMatcher, HORIZON_SECONDS };
