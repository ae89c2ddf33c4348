'use strict';
/**
 * The claim logic of the instant trigger with injected list, claim and clock: one claim per walk,
 * replays of our own claim are ours, another process's claim is theirs, the time budget holds.
 * Stripe's idempotency layer is modelled in a few lines (first parameters of a key win for good).
 */
const { takeTransition } = require('../../nodes/StripeConnectorInstantTrigger/helpers/transition.ts');
const { WalkLanes } = require('../../nodes/StripeConnectorInstantTrigger/helpers/lane.ts');

/** Two n8n processes: two loads of claims.ts, each with its own secret. */
function processClaims() {
	let claims;
	jest.isolateModules(() => {
		claims = require('../../nodes/StripeConnectorInstantTrigger/helpers/claims.ts');
	});
	return claims;
}

const cursorAt = (index) => ({ v: 1, key: 'customer', since: index, floor: index, seen: {} });
const start = { generation: 'g1', n: 0, cursor: cursorAt(0) };

/** Stripe's list: `objects` so far; the cursor is the index of the last one emitted. */
function stripeList(objects, { maxItems = 0 } = {}) {
	return async (cursor) => {
		const fresh = objects.slice(cursor.since);
		const taken = maxItems > 0 ? fresh.slice(0, maxItems) : fresh;
		return { objects: taken, cursor: cursorAt(cursor.since + taken.length) };
	};
}

/** Stripe's idempotency layer: a key keeps the parameters (token) it was first used with. */
function idempotencyLayer() {
	const stored = new Map();
	const sent = [];
	return {
		sent,
		/** `lose`: Stripe commits, the answer never arrives. */
		claim(key, token, { lose = false } = {}) {
			sent.push(key);
			if (!stored.has(key)) stored.set(key, token);
			if (stored.get(key) !== token) return 'theirs';
			if (lose) throw new Error('socket hang up');
			return 'ours';
		},
	};
}

const limits = { collectUntil: 3500, answerBy: 5000, maxItems: 0 };
const objects = (count) => Array.from({ length: count }, (_, i) => ({ id: `cus_${i + 1}`, created: 100 }));

describe('one walk, one claim', () => {
	test('nothing new: no claim at all', async () => {
		const claim = jest.fn();
		const result = await takeTransition(start, { collect: stripeList([]), claim, now: () => 0 }, limits);
		expect(result).toEqual({ kind: 'nothing' });
		expect(claim).not.toHaveBeenCalled();
	});

	test('50 new objects: one claim, for transition 0 → 1, and the next position carries n = 1', async () => {
		const claim = jest.fn(async () => 'ours');
		const result = await takeTransition(start, { collect: stripeList(objects(50)), claim, now: () => 0 }, limits);
		expect(claim.mock.calls).toEqual([['g1', 0]]);
		expect(result).toMatchObject({ kind: 'won', cut: false, next: { generation: 'g1', n: 1, cursor: cursorAt(50) } });
		expect(result.objects).toHaveLength(50);
	});

	test('cut by Max Items per Run, or by the list budget on the injected clock: emitted, flagged cut', async () => {
		const capped = await takeTransition(start, { collect: stripeList(objects(10), { maxItems: 3 }), claim: async () => 'ours', now: () => 0 }, { ...limits, maxItems: 3 });
		expect(capped).toMatchObject({ kind: 'won', cut: true });
		expect(capped.objects).toHaveLength(3);
		let clock = 0;
		const slowList = async (cursor) => {
			clock = 3600; // the list took until past collectUntil
			return await stripeList(objects(4))(cursor);
		};
		expect(await takeTransition(start, { collect: slowList, claim: async () => 'ours', now: () => clock }, limits)).toMatchObject({ kind: 'won', cut: true });
	});

	test('another process holds the transition: theirs, nothing to emit or save', async () => {
		expect(await takeTransition(start, { collect: stripeList(objects(2)), claim: async () => 'theirs', now: () => 0 }, limits)).toEqual({ kind: 'theirs' });
	});

	test('a list or claim failure, or a claim answered after the time budget: failed, nothing to emit or save', async () => {
		const failingList = async () => {
			throw new Error('Stripe unreachable');
		};
		const claim = jest.fn(async () => 'ours');
		expect(await takeTransition(start, { collect: failingList, claim, now: () => 0 }, limits)).toMatchObject({ kind: 'failed' });
		expect(claim).not.toHaveBeenCalled();
		const lostClaim = async () => {
			throw new Error('socket hang up');
		};
		expect(await takeTransition(start, { collect: stripeList(objects(2)), claim: lostClaim, now: () => 0 }, limits)).toMatchObject({ kind: 'failed' });
		let clock = 0;
		const lateClaim = async () => ((clock = 5001), 'ours');
		expect(await takeTransition(start, { collect: stripeList(objects(2)), claim: lateClaim, now: () => clock }, limits)).toMatchObject({ kind: 'failed' });
	});
});

describe('processes, lost answers and replays (Stripe modelled, every step staged)', () => {
	/** One n8n process: its lanes, its claims module, and the walk the delivery code runs. */
	function nProcess(stripe, list, emitted) {
		const claims = processClaims();
		const lanes = new WalkLanes();
		const lane = 'wf\u0000node';
		return {
			async walk(loaded, { lose = false } = {}) {
				const from = lanes.newest(lane, loaded);
				const ports = {
					collect: list,
					claim: async (generation, n) => stripe.claim(claims.claimKey('wf:node', generation, n), claims.claimToken(lane, generation, n), { lose }),
					now: () => 0,
				};
				const result = await takeTransition(from, ports, limits);
				if (result.kind === 'won') {
					lanes.remember(lane, result.next);
					emitted.push(...result.objects.map((object) => object.id));
				}
				return result;
			},
		};
	}

	test('a claim committed but unanswered: the other process gets theirs, the same process\'s next walk gets the replay and emits, each object once', async () => {
		const stripe = idempotencyLayer();
		const all = objects(2);
		const emitted = [];
		const list = stripeList(all);
		const a = nProcess(stripe, list, emitted);
		const b = nProcess(stripe, list, emitted);
		expect((await a.walk(start, { lose: true })).kind).toBe('failed');
		all.push({ id: 'cus_3', created: 101 });
		expect((await b.walk(start)).kind).toBe('theirs');
		const won = await a.walk(start);
		expect(won).toMatchObject({ kind: 'won', next: { n: 1 } });
		// A delivery that loaded the old position (saved before a's win) starts from a's memory.
		all.push({ id: 'cus_4', created: 102 });
		expect(await a.walk(start)).toMatchObject({ kind: 'won', next: { n: 2 } });
		// b loads what a saved, and goes on from there.
		all.push({ id: 'cus_5', created: 103 });
		expect(await b.walk(won.next)).toMatchObject({ kind: 'theirs' }); // transition 1 is a's
		expect(await b.walk({ ...won.next, n: 2, cursor: cursorAt(4) })).toMatchObject({ kind: 'won', next: { n: 3 } });
		expect(emitted).toEqual(['cus_1', 'cus_2', 'cus_3', 'cus_4', 'cus_5']);
	});

	test('two processes walking from the same saved position: exactly one emits', async () => {
		const stripe = idempotencyLayer();
		const emitted = [];
		const list = stripeList(objects(7));
		const results = [await nProcess(stripe, list, emitted).walk(start), await nProcess(stripe, list, emitted).walk(start)];
		expect(results.map((result) => result.kind)).toEqual(['won', 'theirs']);
		expect(emitted).toEqual(objects(7).map((object) => object.id));
	});

	test('claims cost one per emitting walk: 1,000 objects in 10 walks of one process take 10 claims', async () => {
		const stripe = idempotencyLayer();
		const emitted = [];
		const all = [];
		const p = nProcess(stripe, stripeList(all), emitted);
		let saved = start;
		for (let walk = 0; walk < 10; walk++) {
			all.push(...objects(100).map((object) => ({ ...object, id: `${object.id}_${walk}` })));
			saved = (await p.walk(saved)).next;
		}
		expect(stripe.sent).toHaveLength(10);
		expect(new Set(emitted).size).toBe(1000);
		expect(emitted).toHaveLength(1000);
	});
});

describe('the time budget of a delivery', () => {
	const { settledBy } = require('../../nodes/StripeConnectorInstantTrigger/helpers/budget.ts');

	test('the walk\'s value when it settles in time, its error when it fails, nothing at the deadline (on the injected clock)', async () => {
		expect(await settledBy(Promise.resolve('walked'), 100, () => 0)).toEqual({ value: 'walked' });
		await expect(settledBy(Promise.reject(new Error('Stripe unreachable')), 100, () => 0)).rejects.toThrow('Stripe unreachable');
		let clock = 0;
		const pending = settledBy(new Promise(() => undefined), 100, () => clock);
		clock = 100;
		expect(await pending).toBeUndefined();
	});
});
