'use strict';
/** Deliveries: each object once, in order, with the polling trigger's output; duplicates, shuffles and concurrency change nothing. */
const { createPoller } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { activeTrigger, credentialsFor, duplicatesOf, settle } = require('./support');

const env = useEmulator();
let trigger;
afterEach(async () => trigger?.close());

const ids = (items) => items.map((item) => item.id);
const created = (type) => env.emu.control.list(type).map((object) => object.id);

describe('deliveries', () => {
	test('50 customers one after another: 50 items, each once, oldest first, equal to the polling trigger\'s output', async () => {
		trigger = await activeTrigger(env, { event: 'customer' });
		for (let i = 0; i < 50; i++) {
			env.emu.control.createObjects('customer', [{ email: `c${i}@example.com` }]);
			await settle(env, trigger);
		}
		expect(ids(trigger.items())).toEqual(created('customer'));
		const poller = createPoller({ node: { type: 'n8n-nodes-stripe-connector.stripeConnectorTrigger', parameters: { event: 'customer', options: { startFrom: '2000-01-01T00:00:00Z' } } }, credentials: credentialsFor(env) });
		expect(trigger.items()).toEqual(await poller.poll());
	});

	test('every event delivered twice, overlapping and shuffled: each object once', async () => {
		trigger = await activeTrigger(env, { event: 'customer' });
		env.emu.control.webhooks.configure({ duplicate: 2, shuffle: true, jitterMs: 40 });
		env.emu.control.createMany('customer', 30);
		await settle(env, trigger);
		expect(trigger.requests.filter((request) => request.status === 200)).toHaveLength(60);
		expect(duplicatesOf(ids(trigger.items()))).toEqual([]);
		expect(ids(trigger.items()).sort()).toEqual(created('customer').sort());
	});

	test('the first delivery after activation on an empty account reads one page, not a bisection of all time (4 requests)', async () => {
		trigger = await activeTrigger(env, { event: 'customer' });
		const before = env.emu.control.requestLog().length;
		env.emu.control.createMany('customer', 1);
		await settle(env, trigger);
		expect(env.emu.control.requestLog().slice(before)).toHaveLength(4); // the second `since`, the newest before it, one page after it, one claim
		expect(ids(trigger.items())).toEqual(created('customer'));
	});

	test('a duplicate answers 2xx and starts nothing', async () => {
		trigger = await activeTrigger(env, { event: 'customer' });
		env.emu.control.webhooks.configure({ duplicate: 3, delayMs: 0 });
		const saves = trigger.store.saves;
		env.emu.control.createMany('customer', 1);
		await settle(env, trigger);
		expect(trigger.requests.map((request) => request.status)).toEqual([200, 200, 200]);
		expect(trigger.executions).toHaveLength(1);
		expect(trigger.store.saves - saves).toBe(1); // the duplicates write nothing, so n8n saves nothing for them
	});

	test('charges: pending then succeeded, and failed ones → one item per charge', async () => {
		trigger = await activeTrigger(env, { event: 'charge' });
		const [pending] = env.emu.control.createObjects('charge', [{ status: 'pending' }]);
		env.emu.control.createObjects('charge', [{ status: 'failed' }, { status: 'succeeded' }]);
		await settle(env, trigger);
		env.emu.control.updateObject('charge', pending.id, { status: 'succeeded' }, 'charge.succeeded');
		await settle(env, trigger);
		expect(trigger.requests).toHaveLength(4);
		expect(ids(trigger.items())).toEqual(created('charge'));
	});

	test('Checkout Sessions: only completed ones, once, also when completed after newer ones', async () => {
		trigger = await activeTrigger(env, { event: 'order', orderSource: 'checkoutSessions' });
		const [open] = env.emu.control.createObjects('checkout.session', [{ status: 'open' }]);
		env.emu.control.clock.advance(5);
		const [done] = env.emu.control.createObjects('checkout.session', [{ status: 'complete' }]);
		env.emu.control.createObjects('checkout.session', [{ status: 'expired' }]);
		await settle(env, trigger);
		env.emu.control.updateObject('checkout.session', open.id, { status: 'complete' }, 'checkout.session.completed');
		await settle(env, trigger);
		expect(trigger.items().map((order) => order.id)).toEqual([done.id, open.id]);
	});

	test('the raw Stripe object with Simplify off', async () => {
		trigger = await activeTrigger(env, { event: 'invoiceItem', simplify: false });
		const [item] = env.emu.control.createObjects('invoiceitem', [{ amount: 1234, currency: 'eur' }]);
		await settle(env, trigger);
		expect(trigger.items()).toEqual([JSON.parse(JSON.stringify(item))]);
	});

	test('Max Items per Run: the rest arrives with the next deliveries, oldest first, none dropped', async () => {
		trigger = await activeTrigger(env, { event: 'customer', options: { maxItemsPerRun: 2 } });
		env.emu.control.webhooks.configure({ down: true });
		env.emu.control.createMany('customer', 5);
		env.emu.control.webhooks.discardHeld();
		env.emu.control.webhooks.configure({ down: false });
		for (let i = 0; i < 5; i++) {
			env.emu.control.createMany('customer', 1);
			await settle(env, trigger);
		}
		expect(trigger.executions.map((execution) => execution.items.length)).toEqual([2, 2, 2, 2, 2]);
		expect(ids(trigger.items())).toEqual(created('customer'));
	});
});
