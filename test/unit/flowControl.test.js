'use strict';
/**
 * The flow control in virtual time (test/support/virtualClock.js) against Stripe's limiter behind a
 * simulated network (test/support/simulatedStripe.js): deterministic, however busy the machine.
 */
const { FlowControl } = require('../../nodes/shared/transport/flowControl.ts');
const { Pacer } = require('../../nodes/shared/transport/pacer.ts');
const { RateBackoff } = require('../../nodes/shared/transport/rateBackoff.ts');
const { virtualClock } = require('../support/virtualClock');
const { simulatedStripe, bulkRun, mostInOneSecond, ENDPOINT } = require('../support/simulatedStripe');

/** One process's view of its keys. */
const processLanes = () => ({ pacer: new Pacer(), backoff: new RateBackoff() });
const flowOf = (clock, lanes = processLanes(), options = {}) => new FlowControl({ keyId: 'k', mode: 'live', clock, lanes, ...options });
const INTERVAL_MS = 1000 / (25 * 0.96);

async function simulate(clock, runs) {
	const done = Promise.all(runs);
	await clock.run();
	return await done;
}

/** `count` turns taken one after the other (each waits for the last), as one sequential caller would. */
async function turnsInARow(clock, flow, count) {
	const turns = [];
	for (let i = 0; i < count; i++) {
		const turn = flow.beforeSend(ENDPOINT);
		await clock.run();
		turns.push(await turn);
	}
	return turns;
}

const arrivals = (stripe, status) => stripe.log.filter((entry) => status === undefined || entry.status === status).map((entry) => entry.at);
const gaps = (times) => times.slice(1).map((time, i) => time - times[i]);

describe('flow control', () => {
	test('paces a run 1/rate apart on its endpoint: never more than 24 in any second, however many are in flight', async () => {
		const clock = virtualClock();
		const stripe = simulatedStripe(clock, { rttMs: 150 });
		await simulate(clock, [bulkRun({ clock, stripe, flow: flowOf(clock), n: 100 })]);
		expect(stripe.log).toHaveLength(100);
		expect(mostInOneSecond(arrivals(stripe))).toBeLessThanOrEqual(24);
		expect(Math.min(...gaps(arrivals(stripe)))).toBeGreaterThanOrEqual(INTERVAL_MS - 1e-6);
	});

	test('a run starts with enough in flight to use every turn of its first second, before any latency is known', async () => {
		// 250 ms round trip: a create takes 1 s (3 round trips, Stripe's 250 ms, half a round trip back).
		const clock = virtualClock();
		const stripe = simulatedStripe(clock, { rttMs: 250 });
		const flow = flowOf(clock);
		await simulate(clock, [bulkRun({ clock, stripe, flow, n: 60 })]);
		const times = arrivals(stripe);
		expect(times.filter((time) => time < times[0] + 1000 - 1e-6)).toHaveLength(24);
		expect(Math.max(...gaps(times))).toBeLessThan(INTERVAL_MS + 1e-6);
	});

	test('a short run far from Stripe (300 creates at 150 ms) loses no turn: it ends one request after the pacer\'s last turn', async () => {
		// A create takes 700 ms here: 2 handshake round trips, the request's, Stripe's 250 ms.
		const requestMs = 3 * 150 + 250;
		const clock = virtualClock();
		const stripe = simulatedStripe(clock, { rttMs: 150 });
		const [run] = await simulate(clock, [bulkRun({ clock, stripe, flow: flowOf(clock), n: 300 })]);
		const sentAt = arrivals(stripe).map((time) => time - 2.5 * 150);
		expect(sentAt[0]).toBe(0);
		// Before the first answer comes back, every turn of the pacer was taken: 17 in flight, not 1.
		expect(sentAt.filter((time) => time < requestMs)).toHaveLength(Math.ceil(requestMs / INTERVAL_MS));
		expect(Math.max(...gaps(sentAt))).toBeLessThan(INTERVAL_MS + 1e-6);
		expect(run.doneAt).toBeCloseTo(299 * INTERVAL_MS + requestMs, 3);
	});

	test('the in-flight count starts at a second of turns, bounded by the maximum, and shrinks to the latency measured', async () => {
		const clock = virtualClock();
		const flow = flowOf(clock);
		expect(flow.inFlightLimit(30)).toBe(30);
		expect(flow.inFlightLimit(8)).toBe(8);
		const stripe = simulatedStripe(clock, { rttMs: 50 });
		await simulate(clock, [bulkRun({ clock, stripe, flow, n: 60 })]);
		// 400 ms per request at 24/s: 9.6 needed, plus headroom.
		expect(flow.inFlightLimit(30)).toBeLessThanOrEqual(15);
		expect(flow.inFlightLimit(30)).toBeGreaterThanOrEqual(10);
	});

	test('the late-wake rule: requests woken late by a busy event loop pace again instead of leaving together', async () => {
		const clock = virtualClock();
		const stripe = simulatedStripe(clock, { rttMs: 50 });
		clock.busy(500, 200);
		await simulate(clock, [bulkRun({ clock, stripe, flow: flowOf(clock), n: 60 })]);
		const times = arrivals(stripe);
		expect(Math.min(...gaps(times))).toBeGreaterThanOrEqual(INTERVAL_MS / 2);
		expect(mostInOneSecond(times)).toBeLessThanOrEqual(24);
		expect(stripe.log.every((entry) => entry.status === 200)).toBe(true);
	});

	test("a rate_limit 429 slows the endpoint's pace until Stripe stops refusing; nothing is lost", async () => {
		const clock = virtualClock();
		const stripe = simulatedStripe(clock, { rttMs: 50, perSecond: 8 });
		await simulate(clock, [bulkRun({ clock, stripe, flow: flowOf(clock), n: 80 })]);
		expect(arrivals(stripe, 200)).toHaveLength(80);
		const statuses = stripe.log.map((entry) => entry.status);
		const share429 = (part) => part.filter((status) => status === 429).length / part.length;
		const quarter = Math.floor(statuses.length / 4);
		expect(share429(statuses.slice(0, quarter))).toBeGreaterThan(0.2);
		expect(share429(statuses.slice(-2 * quarter))).toBeLessThan(0.1);
	});

	test('a request that waited through a cut paces again at the cut rate', async () => {
		const clock = virtualClock();
		const flow = flowOf(clock);
		const turns = await turnsInARow(clock, flow, 10);
		for (const turn of turns.slice(0, 9)) flow.afterAnswer(turn, { statusCode: 200 });
		const waiting = flow.beforeSend(ENDPOINT).then((turn) => turn.sentAt);
		clock.sleep(10).then(() => flow.afterAnswer(turns[9], { statusCode: 429, errorCode: 'rate_limit' }));
		await clock.run();
		// A lone 429 cuts the rate to ×0.9 (rateBackoff.ts): the waiting request's slot, planned at
		// 24/s, is given back and it leaves 1/(0.9 × 24) s after the last one.
		expect((await waiting) - turns[9].sentAt).toBeCloseTo(INTERVAL_MS / 0.9, 0);
	});

	test('after a cut in a settled lane, the requests waiting for slots at the old rate leave at the new rate, with no pause', async () => {
		const clock = virtualClock();
		const flow = flowOf(clock);
		// Four seconds of answers: the lane is settled (the run's first burst is out of Stripe's window).
		for (let i = 0; i < 96; i++) flow.afterAnswer((await turnsInARow(clock, flow, 1))[0], { statusCode: 200 });
		const refused = await turnsInARow(clock, flow, 1);
		const waiting = Array.from({ length: 8 }, () => flow.beforeSend(ENDPOINT).then((turn) => turn.sentAt));
		clock.sleep(10).then(() => flow.afterAnswer(refused[0], { statusCode: 429, errorCode: 'rate_limit' }));
		await clock.run();
		const sent = await Promise.all(waiting);
		// A lone 429 cuts the rate to ×0.9: they leave about 1/(0.9 × 24) s apart, never closer than
		// the old interval. Behind the stale slots, the first would have waited for all eight (333 ms).
		const cutIntervalMs = INTERVAL_MS / 0.9;
		expect(sent[0] - refused[0].sentAt).toBeLessThan(cutIntervalMs + 1e-6);
		expect(Math.min(...gaps([refused[0].sentAt, ...sent]))).toBeGreaterThan(INTERVAL_MS);
		expect(sent[7] - refused[0].sentAt).toBeLessThan(8 * cutIntervalMs + INTERVAL_MS);
	});

	test('a lock_timeout 429 keeps the pace and lowers the number in flight', async () => {
		const clock = virtualClock();
		const flow = flowOf(clock);
		const turns = await turnsInARow(clock, flow, 3);
		for (const turn of turns.slice(0, 2)) flow.afterAnswer(turn, { statusCode: 200 });
		const before = flow.inFlightLimit(30);
		flow.afterAnswer(turns[2], { statusCode: 429, errorCode: 'lock_timeout' });
		expect(flow.inFlightLimit(30)).toBeLessThan(before);
		const next = flow.beforeSend(ENDPOINT);
		await clock.run();
		expect((await next).sentAt - turns[2].sentAt).toBeCloseTo(INTERVAL_MS, 5);
	});

	test('two processes on one key (queue-mode workers) see only their own requests: the reaction to 429s holds the limit, nothing is lost', async () => {
		const clock = virtualClock();
		const stripe = simulatedStripe(clock, { rttMs: 50 });
		const workers = ['a', 'b'].map((run) => bulkRun({ clock, stripe, flow: flowOf(clock, processLanes()), n: 150, run }));
		await simulate(clock, workers);
		expect(arrivals(stripe, 200)).toHaveLength(300);
		// Without the reaction both would pace at 24/s into one 25/s window: half refused.
		expect(arrivals(stripe, 429).length / stripe.log.length).toBeLessThan(0.08);
		const settled = stripe.log.filter((entry) => entry.at > 2000);
		expect(settled.filter((entry) => entry.status === 429).length / settled.length).toBeLessThan(0.05);
	});

	test('two processes starting a short run 0–500 ms apart (row 4b): at every offset nothing is lost and at most 5% is answered 429', async () => {
		for (let offsetMs = 0; offsetMs <= 500; offsetMs += 50) {
			const clock = virtualClock();
			const stripe = simulatedStripe(clock, { rttMs: 50 });
			const workers = ['a', 'b'].map((run, i) => clock.sleep(i * offsetMs).then(() => bulkRun({ clock, stripe, flow: flowOf(clock, processLanes()), n: 150, run })));
			await simulate(clock, workers);
			const share429 = arrivals(stripe, 429).length / stripe.log.length;
			// The offset is named in a failure.
			expect({ offsetMs, answered: arrivals(stripe, 200).length, over5Percent429: share429 > 0.05 }).toEqual({ offsetMs, answered: 300, over5Percent429: false });
		}
	});

	test('two processes starting a short run at once split the limit evenly and finish together, not one after the other', async () => {
		const clock = virtualClock();
		const stripe = simulatedStripe(clock, { rttMs: 50 });
		const workers = ['a', 'b'].map((run) => bulkRun({ clock, stripe, flow: flowOf(clock, processLanes()), n: 150, run }));
		const [a, b] = await simulate(clock, workers);
		expect(Math.abs(a.doneAt - b.doneAt)).toBeLessThan(1000);
		// 300 creates at ≥ 80% of the 25/s ceiling: done within 15 s.
		expect(Math.max(a.doneAt, b.doneAt)).toBeLessThan(15_000);
	});

	test('two processes starting a short run 0–500 ms apart (row 4b) reach 80% of the shared ceiling over the offsets', async () => {
		const ofCeiling = [];
		for (let offsetMs = 0; offsetMs <= 500; offsetMs += 25) {
			const clock = virtualClock();
			const stripe = simulatedStripe(clock, { rttMs: 50 });
			const workers = ['a', 'b'].map((run, i) => clock.sleep(i * offsetMs).then(() => bulkRun({ clock, stripe, flow: flowOf(clock, processLanes()), n: 150, run })));
			const runs = await simulate(clock, workers);
			ofCeiling.push(300 / 25 / (Math.max(...runs.map((run) => run.doneAt)) / 1000));
		}
		expect(ofCeiling.reduce((sum, share) => sum + share, 0) / ofCeiling.length).toBeGreaterThanOrEqual(0.8);
	});

	test("runs of one process on two endpoints of a test key share the key's global 25/s", async () => {
		const clock = virtualClock();
		const lanes = processLanes();
		const flows = [0, 1].map(() => flowOf(clock, lanes, { mode: 'test' }));
		const sent = [];
		const run = async (flow, endpoint) => {
			for (let i = 0; i < 40; i++) sent.push((await flow.beforeSend(endpoint)).sentAt);
		};
		await simulate(clock, [run(flows[0], 'POST /v1/customers'), run(flows[1], 'POST /v1/customers/{id}')]);
		expect(sent).toHaveLength(80);
		expect(mostInOneSecond(sent)).toBeLessThanOrEqual(24);
	});

	test('Requests per Second replaces the published limits', async () => {
		const clock = virtualClock();
		const flow = flowOf(clock, processLanes(), { requestsPerSecond: 5 });
		const sent = [];
		const run = async () => {
			for (let i = 0; i < 12; i++) sent.push((await flow.beforeSend(ENDPOINT)).sentAt);
		};
		await simulate(clock, [run()]);
		expect(gaps(sent).every((gap) => Math.abs(gap - 1000 / (5 * 0.96)) < 1e-6)).toBe(true);
	});
});
