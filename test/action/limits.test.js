'use strict';
/**
 * Stripe's limits, as the emulator's own limiter applies them (a sliding one-second window per
 * limit, as Stripe's): bulk runs stay under them, the in-flight count follows the latency, 429s
 * slow the node down, and bulk runs through faults still end with every item once and in order.
 * Nothing here counts requests per wall-clock second: on a busy machine the network and the
 * emulator can bunch arrivals that left evenly. How the requests leave (never more than the rate
 * in any second) is checked in virtual time, in test/unit/flowControl.test.js.
 */
const { runWorkflow } = require('../harness');
const { useEmulatorProcess } = require('../support/useEmulatorProcess');
const { resetFlowControl } = require('../../nodes/shared/transport/flowControl.ts');
const { stripeWorkflow } = require('./workflow');

const env = useEmulatorProcess();
const TODAYS_LIMITS = { global: { live: 100, test: 25 }, endpoint: 25, search: 20 };

const create = (options = {}) => ({ resource: 'customer', operation: 'create', additionalFields: { email: '={{$json.email}}' }, options });
const update = { resource: 'customer', operation: 'update', customerId: { __rl: true, mode: 'id', value: '={{$json.id}}' }, updateFields: { description: 'paced' }, options: {} };
const people = (n, tag) => Array.from({ length: n }, (_, i) => ({ email: `${tag}${i}@example.com` }));

/**
 * How many requests the emulator's limiter refused. A paced run leaves none to refuse; on a busy
 * machine, a stall that bunches two arrivals can still cost one (the node retries it), so the
 * tests allow a stray one. Unpaced, the same runs are refused by the dozen.
 */
const STRAY = 2;
const refusedByLimiter = async () => (await env.emu.stats()).rateLimited;

/** The most requests Stripe was working on at once. */
function mostInFlight(entries) {
	const events = entries.flatMap((entry) => [[entry.receivedAt, 1], [entry.answeredAt, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let current = 0;
	let most = 0;
	for (const [, change] of events) most = Math.max(most, (current += change));
	return most;
}

async function expectEveryItemOnce(result, items) {
	expect(result.error).toBeUndefined();
	const out = result.outputOf('Stripe');
	expect(out.map((item) => item.json.email)).toEqual(items.map((item) => item.email));
	expect(out.map((item) => item.pairedItem.item)).toEqual(items.map((_, i) => i));
	const stored = (await env.emu.objects('customer')).filter((c) => items.some((item) => item.email === c.email));
	expect(stored).toHaveLength(items.length);
}

describe("Stripe's limits", () => {
	// A warm process, as n8n's is: the first request of a cold one loads modules on its way out and
	// can bunch the next ones behind it (an n8n process does this once, not on every run).
	beforeAll(() => runWorkflow({ workflow: stripeWorkflow(create()), credentials: env.credentials(), items: people(1, 'warm') }));

	beforeEach(() => {
		resetFlowControl();
	});

	test("a bulk create on a test key stays under Stripe's limits: the limiter has nothing to refuse", async () => {
		await env.emu.configure({ limits: TODAYS_LIMITS });
		const items = people(70, 'paced');
		const result = await runWorkflow({ workflow: stripeWorkflow(create()), credentials: env.credentials(), items });
		await expectEveryItemOnce(result, items);
		expect(await refusedByLimiter()).toBeLessThanOrEqual(STRAY);
	});

	test('two runs on two endpoints of one test key share its global 25/s', async () => {
		await env.emu.seed('customer', 45, {});
		const seeded = (await env.emu.objects('customer')).map((c) => ({ id: c.id }));
		await env.emu.configure({ limits: TODAYS_LIMITS });
		const items = people(45, 'both');
		const [created, updated] = await Promise.all([
			runWorkflow({ workflow: stripeWorkflow(create()), credentials: env.credentials(), items }),
			runWorkflow({ workflow: stripeWorkflow(update), credentials: env.credentials(), items: seeded }),
		]);
		await expectEveryItemOnce(created, items);
		expect(updated.outputOf('Stripe')).toHaveLength(45);
		const log = await env.emu.requestLog();
		expect(log.filter((entry) => entry.path === '/v1/customers' && entry.status === 200).length).toBe(45);
		// Each endpoint alone is under its 25/s; together they would be twice the key's 25/s.
		expect(await refusedByLimiter()).toBeLessThanOrEqual(STRAY);
	});

	test('Requests per Second paces the node at the rate set: under an endpoint limit of 5/s, set to 4', async () => {
		await env.emu.configure({ limits: { global: { test: 25 }, endpoint: 5 } });
		const items = people(14, 'slow');
		const result = await runWorkflow({ workflow: stripeWorkflow(create({ requestsPerSecond: 4 })), credentials: env.credentials(), items });
		await expectEveryItemOnce(result, items);
		expect(await refusedByLimiter()).toBeLessThanOrEqual(1);
	});

	test('more requests are kept in flight when each one takes longer', async () => {
		const items = people(40, 'near');
		await runWorkflow({ workflow: stripeWorkflow(create()), credentials: env.credentials(), items });
		const near = mostInFlight(await env.emu.requestLog());
		await env.emu.reset();
		resetFlowControl();
		await env.emu.configure({ latencyMs: 700 });
		const far = people(40, 'far');
		const result = await runWorkflow({ workflow: stripeWorkflow(create()), credentials: env.credentials(), items: far });
		await expectEveryItemOnce(result, far);
		expect(near).toBeLessThanOrEqual(3);
		expect(mostInFlight(await env.emu.requestLog())).toBeGreaterThanOrEqual(12);
	});

	test('when Stripe answers 429 (a lower limit than the node knows), the node slows down and loses nothing', async () => {
		await env.emu.configure({ limits: { global: { test: 25 }, endpoint: 8 } });
		const items = people(50, 'limited');
		const result = await runWorkflow({ workflow: stripeWorkflow(create()), credentials: env.credentials(), items });
		await expectEveryItemOnce(result, items);
		const statuses = (await env.emu.requestLog()).map((entry) => entry.status);
		const share429 = (part) => part.filter((status) => status === 429).length / part.length;
		const quarter = Math.floor(statuses.length / 4);
		expect(share429(statuses.slice(0, quarter))).toBeGreaterThan(0);
		expect(share429(statuses.slice(-2 * quarter))).toBeLessThan(share429(statuses.slice(0, quarter)));
	});

	test('through a network with faults and limits: every item once, in order, nothing doubled', async () => {
		await env.emu.configure({ limits: TODAYS_LIMITS, network: { rttMs: 20 }, latencyMs: { POST: 50 } });
		const lockTimeout = { kind: 'status', status: 429, code: 'lock_timeout', type: 'invalid_request_error' };
		await env.emu.injectFaults(
			[{ kind: 'status', status: 500 }, lockTimeout, { kind: 'drop-after' }, { kind: 'status', status: 429, code: 'rate_limit' }, { kind: 'drop-before' }].map((fault) => ({
				...fault,
				match: { method: 'POST', path: '/v1/customers' },
				after: 9,
			})),
		);
		const items = people(60, 'net');
		const result = await runWorkflow({ workflow: stripeWorkflow(create()), credentials: env.credentials(env.emu.networkUrl), items });
		await expectEveryItemOnce(result, items);
		expect(await env.emu.objects('customer')).toHaveLength(60);
		expect((await env.emu.stats()).dropped).toBe(2);
	});
});
