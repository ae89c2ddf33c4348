'use strict';
/**
 * Stripe's `expand[]` for the ids the emulator keeps objects of (today: a discount's coupon, an
 * id since 2025-09-30.clover). Other expansions are accepted and left as stored. A path the
 * request's version does not have is refused as Stripe refuses it.
 */
const { StripeError } = require('./resources');
const { CLOVER, hasChange } = require('./versions');

const EXPANDABLE = [{ path: 'discount.source.coupon', type: 'coupon', since: CLOVER }];

function applyExpand(emu, body, expand, version) {
	if (!Array.isArray(expand) || expand.length === 0 || !body || typeof body !== 'object') return body;
	let result = body;
	for (const requested of expand) {
		const inList = requested.startsWith('data.') && Array.isArray(body.data);
		const path = inList ? requested.slice(5) : requested;
		const rule = EXPANDABLE.find((candidate) => candidate.path === path);
		if (!rule) continue;
		if (!hasChange(version, rule.since)) {
			throw new StripeError(400, { type: 'invalid_request_error', message: `This property cannot be expanded (${path.split('.').slice(0, 2).join('.')}).` });
		}
		if (result === body) result = structuredClone(body);
		for (const object of inList ? result.data : [result]) expandAt(emu, object, path.split('.'), rule.type);
	}
	return result;
}

function expandAt(emu, object, segments, type) {
	const parent = segments.slice(0, -1).reduce((value, key) => (value && typeof value === 'object' ? value[key] : undefined), object);
	const leaf = segments[segments.length - 1];
	if (parent && typeof parent[leaf] === 'string') parent[leaf] = emu.store.get(type, parent[leaf]) ?? parent[leaf];
}

module.exports = { applyExpand };
