'use strict';
/**
 * Property test of the poll walk against an in-memory model of Stripe's list semantics
 * (newest first, whole-second `created` filters, starting_after / ending_before, resource_missing
 * for a deleted cursor). Random creations, deletions, caps and polls: every object that exists
 * when it is due is emitted exactly once, oldest first. The emulator tests do the same through
 * n8n's real poll context; this one covers thousands of random schedules in a second.
 */
const { collectNew, startNow } = require('../../nodes/shared/trigger/walk.ts');
const { eventSource } = require('../../nodes/shared/trigger/sources.ts');

function fakeStripe({ rng }) {
	let seq = 0;
	let now = 1_700_000_000;
	const objects = []; // { id, created, seq, status }
	const order = (a, b) => b.created - a.created || b.seq - a.seq; // newest first, stable within a second
	const requests = { count: 0 };
	const client = {
		mode: 'test',
		async request({ path, qs }) {
			requests.count++;
			if (/\/v1\/checkout\/sessions\/./.test(path)) {
				const id = decodeURIComponent(path.split('/').pop());
				const found = objects.find((o) => o.id === id);
				if (!found) throw missing(id);
				return { ...found };
			}
			const c = qs.created ?? {};
			let list = objects
				.filter((o) => (qs.status ? o.status === qs.status : true))
				.filter((o) => (c.gte === undefined || o.created >= c.gte) && (c.gt === undefined || o.created > c.gt))
				.filter((o) => (c.lte === undefined || o.created <= c.lte) && (c.lt === undefined || o.created < c.lt))
				.sort(order);
			const limit = qs.limit ?? 10;
			if (qs.starting_after) {
				const anchor = objects.find((o) => o.id === qs.starting_after);
				if (!anchor) throw missing(qs.starting_after);
				list = list.filter((o) => order(anchor, o) < 0);
				return { object: 'list', data: list.slice(0, limit).map(copy), has_more: list.length > limit };
			}
			if (qs.ending_before) {
				const anchor = objects.find((o) => o.id === qs.ending_before);
				if (!anchor) throw missing(qs.ending_before);
				list = list.filter((o) => order(o, anchor) < 0);
				const page = list.slice(Math.max(0, list.length - limit));
				return { object: 'list', data: page.map(copy), has_more: list.length > limit };
			}
			return { object: 'list', data: list.slice(0, limit).map(copy), has_more: list.length > limit };
		},
	};
	const copy = (o) => ({ id: o.id, created: o.created, status: o.status, object: 'customer' });
	const missing = (id) => Object.assign(new Error(`No such object: ${id}`), { context: { stripe: { code: 'resource_missing', status: 404 } } });
	return {
		client,
		requests,
		create(status = 'complete') {
			const object = { id: `obj_${++seq}`, created: now, seq, status };
			objects.push(object);
			return object;
		},
		complete(object) {
			object.status = 'complete';
		},
		remove(object) {
			const index = objects.indexOf(object);
			if (index >= 0) objects.splice(index, 1);
		},
		tick(seconds) {
			now += seconds;
		},
		get now() {
			return now;
		},
		objects,
		rng,
	};
}

function mulberry32(seed) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function poll(stripe, cursor, source, maxItems, lookBackSeconds = 0) {
	const result = await collectNew(stripe.client, cursor, {
		source,
		simplify: false,
		maxItems,
		lookBackSeconds,
		deadline: Number.POSITIVE_INFINITY,
		now: () => 0,
	});
	return result;
}

describe('poll walk: exactly once under random schedules (in-memory Stripe model)', () => {
	const customers = eventSource('customer', 'checkoutSessions');

	test.each(Array.from({ length: 40 }, (_, seed) => [seed]))('schedule %i', async (seed) => {
		const rng = mulberry32(seed + 1);
		const stripe = fakeStripe({ rng });
		for (let i = 0; i < Math.floor(rng() * 5); i++) stripe.create(); // history before activation
		let cursor = await startNow(stripe.client, customers, 0);
		const historic = new Set(stripe.objects.map((o) => o.id));
		const emitted = [];
		const maxItems = [0, 1, 3, 7, 50][Math.floor(rng() * 5)];
		for (let step = 0; step < 60; step++) {
			const action = rng();
			if (action < 0.45) {
				for (let i = 0, n = Math.floor(rng() * (rng() < 0.1 ? 250 : 6)); i < n; i++) stripe.create();
			} else if (action < 0.55 && stripe.objects.length) {
				stripe.remove(stripe.objects[Math.floor(rng() * stripe.objects.length)]);
			} else if (action < 0.75) {
				stripe.tick(rng() < 0.8 ? 1 : Math.floor(rng() * 100000));
			} else {
				const result = await poll(stripe, cursor, customers, maxItems);
				if (maxItems) expect(result.objects.length).toBeLessThanOrEqual(maxItems);
				// "n8n restarts after an empty poll": an empty poll's cursor is never kept.
				if (result.objects.length) cursor = result.cursor;
				emitted.push(...result.objects);
				expect(JSON.stringify(cursor).length).toBeLessThan(12000);
			}
		}
		// drain
		for (let i = 0; i < 2000; i++) {
			const result = await poll(stripe, cursor, customers, maxItems);
			if (!result.objects.length) break;
			cursor = result.cursor;
			emitted.push(...result.objects);
		}
		const ids = emitted.map((o) => o.id);
		expect(new Set(ids).size).toBe(ids.length); // never twice
		for (const id of ids) expect(historic.has(id)).toBe(false); // no history flood
		const alive = stripe.objects.filter((o) => !historic.has(o.id)).map((o) => o.id);
		for (const id of alive) expect(ids).toContain(id); // nothing lost
		// oldest first
		const seqOf = (id) => Number(id.slice(4));
		const created = emitted.map((o) => o.created);
		for (let i = 1; i < created.length; i++) expect(created[i]).toBeGreaterThanOrEqual(created[i - 1]);
		expect(seqOf(ids[0] ?? 'obj_0')).toBeGreaterThanOrEqual(0);
	});

	test('more objects in one second than the cursor keeps keys for (overflow fallback), drained with a cap', async () => {
		const stripe = fakeStripe({ rng: mulberry32(7) });
		stripe.create();
		let cursor = await startNow(stripe.client, customers, 0);
		const fresh = [];
		stripe.tick(1);
		for (let i = 0; i < 2500; i++) fresh.push(stripe.create().id);
		const emitted = [];
		for (let i = 0; i < 20; i++) {
			const result = await poll(stripe, cursor, customers, 300);
			if (!result.objects.length) break;
			cursor = result.cursor;
			emitted.push(...result.objects.map((o) => o.id));
			if (i === 3) for (let j = 0; j < 40; j++) fresh.push(stripe.create().id); // same second, mid-drain
			expect(JSON.stringify(cursor).length).toBeLessThan(12000);
		}
		expect(cursor.tail).toBe(cursor.since);
		expect(emitted).toEqual(fresh);
	});

	test('Checkout Sessions that complete after newer ones are emitted once (look-back window)', async () => {
		const sessions = eventSource('order', 'checkoutSessions');
		const rng = mulberry32(99);
		const stripe = fakeStripe({ rng });
		let cursor = await startNow(stripe.client, sessions, 86400);
		const open = [];
		const emitted = [];
		for (let step = 0; step < 300; step++) {
			const r = rng();
			if (r < 0.3) open.push(stripe.create('open'));
			else if (r < 0.5) stripe.create('complete');
			else if (r < 0.65 && open.length) stripe.complete(open.splice(Math.floor(rng() * open.length), 1)[0]);
			else if (r < 0.85) stripe.tick(Math.floor(rng() * 600));
			else {
				const result = await poll(stripe, cursor, sessions, 0, 86400);
				if (result.objects.length) cursor = result.cursor;
				emitted.push(...result.objects);
			}
		}
		const result = await poll(stripe, cursor, sessions, 0, 86400);
		emitted.push(...result.objects);
		const ids = emitted.map((o) => o.id);
		expect(new Set(ids).size).toBe(ids.length);
		const complete = stripe.objects.filter((o) => o.status === 'complete').map((o) => o.id);
		expect(ids.sort()).toEqual(complete.sort());
	});
});
