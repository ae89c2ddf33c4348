'use strict';
/**
 * Objects per type, kept oldest-first by (created, creation sequence) — Stripe's total order —
 * so that list pages are found by binary search and sliced: O(page), whatever the volume.
 */
const { randomBytes } = require('node:crypto');
const fixtures = require('./fixtures.json');
const { toStored } = require('./versions');
const areas = require('./areas');

const PREFIX = Object.assign(
	{ customer: 'cus_', product: 'prod_', charge: 'ch_', invoiceitem: 'ii_', 'checkout.session': 'cs_test_', order: 'or_' },
	...areas.map((area) => area.prefixes),
);

class Store {
	constructor() {
		this.byType = new Map();
		this.seq = 0;
	}

	collection(type) {
		if (!this.byType.has(type)) this.byType.set(type, { sorted: [], byId: new Map(), deleted: new Set() });
		return this.byType.get(type);
	}

	newId(type) {
		return `${PREFIX[type]}${randomBytes(9).toString('base64url').replace(/[-_]/g, 'x')}${(this.seq + 1).toString(36)}`;
	}

	/** A fixture-shaped object of `type` with `fields` on top, in the stored (endive) shape; `created` must be given. */
	build(type, fields) {
		const object = toStored(type, { ...structuredClone(fixtures[type]), ...fields }, this);
		object.id = fields.id ?? this.newId(type);
		return object;
	}

	insert(type, object) {
		const collection = this.collection(type);
		Object.defineProperty(object, '_seq', { value: ++this.seq, enumerable: false });
		const { sorted } = collection;
		let index = sorted.length;
		if (index > 0 && compare(sorted[index - 1], object) > 0) index = upperBound(sorted, object);
		sorted.splice(index, 0, object);
		collection.byId.set(object.id, object);
		return object;
	}

	get(type, id) {
		return this.collection(type).byId.get(id);
	}

	isDeleted(type, id) {
		return this.collection(type).deleted.has(id);
	}

	remove(type, id) {
		const collection = this.collection(type);
		const object = collection.byId.get(id);
		if (!object) return false;
		collection.sorted.splice(indexOf(collection.sorted, object), 1);
		collection.byId.delete(id);
		collection.deleted.add(id);
		return true;
	}

	all(type) {
		return this.collection(type).sorted;
	}

	/**
	 * One page, newest first. `filter` narrows by equality fields (a scan), `created` by range
	 * (binary search). Returns {data, has_more} or throws {param} for an unknown cursor.
	 */
	list(type, { limit, startingAfter, endingBefore, created, filter }) {
		const { sorted, byId } = this.collection(type);
		let view = sorted;
		let lo = 0;
		let hi = sorted.length;
		if (created !== undefined) [lo, hi] = createdRange(sorted, created);
		if (filter) {
			view = sorted.slice(lo, hi).filter(filter);
			lo = 0;
			hi = view.length;
		}
		if (endingBefore !== undefined) {
			const cursor = byId.get(endingBefore);
			if (!cursor) throw Object.assign(new Error(`No such object: '${endingBefore}'`), { param: 'ending_before' });
			const start = Math.max(lo, upperBound(view, cursor));
			const end = Math.min(hi, start + limit);
			return { data: view.slice(start, end).reverse(), has_more: end < hi };
		}
		let end = hi;
		if (startingAfter !== undefined) {
			const cursor = byId.get(startingAfter);
			if (!cursor) throw Object.assign(new Error(`No such object: '${startingAfter}'`), { param: 'starting_after' });
			end = Math.min(hi, lowerBound(view, cursor));
		}
		const start = Math.max(lo, end - limit);
		return { data: view.slice(start, end).reverse(), has_more: start > lo };
	}

	reset() {
		this.byType.clear();
	}
}

function compare(a, b) {
	return a.created - b.created || a._seq - b._seq;
}

function lowerBound(sorted, object) {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compare(sorted[mid], object) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function upperBound(sorted, object) {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compare(sorted[mid], object) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function indexOf(sorted, object) {
	return lowerBound(sorted, object);
}

/** [lo, hi) of objects whose `created` satisfies an int or a {gt,gte,lt,lte} filter. */
function createdRange(sorted, created) {
	const bound = (seconds, inclusive) => {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid].created < seconds || (!inclusive && sorted[mid].created === seconds)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	if (typeof created === 'number') return [bound(created, true), bound(created, false)];
	const lo = created.gte !== undefined ? bound(created.gte, true) : created.gt !== undefined ? bound(created.gt, false) : 0;
	const hi = created.lte !== undefined ? bound(created.lte, false) : created.lt !== undefined ? bound(created.lt, true) : sorted.length;
	return [lo, Math.max(lo, hi)];
}

module.exports = { Store, PREFIX };
