'use strict';
/**
 * The paths that used to lose an object silently: a claim whose answer is lost or replayed as a
 * stored 5xx, a walk cut by "Max Items per Run" on a quiet account, a failed endpoint delete.
 * Stripe redelivers a delivery answered non-2xx (here on a short schedule, as it does over hours).
 */
const { createWebhookTrigger } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { activeTrigger, credentialsFor, duplicatesOf, settle, spyOnWarnings, twoProcesses } = require('./support');

const env = useEmulator();
let trigger;
const open = [];
afterEach(async () => {
	await trigger?.close();
	await Promise.all(open.splice(0).map((closable) => closable.close()));
});
const track = (closable) => (open.push(closable), closable);

const ids = (items) => items.map((item) => item.id);
const created = (type) => env.emu.control.list(type).map((object) => object.id);
const REDELIVERY = { retryScheduleMs: [100, 200, 400, 800, 1600, 3200, 6400] };
const CLAIM = { method: 'POST', path: '/v1/webhook_endpoints/' };

describe('no object is lost when a claim\'s answer is lost or replayed', () => {
	test('a claim committed by Stripe whose answers are all lost: the redelivery gets the replay as its own claim, each object once', async () => {
		trigger = await activeTrigger(env, { event: 'customer' });
		env.emu.control.webhooks.configure(REDELIVERY);
		// The claim and every retry of it reach Stripe, which commits the first; no answer comes back.
		env.emu.control.injectFaults([{ kind: 'drop-after', match: CLAIM, times: 6 }]);
		env.emu.control.createMany('customer', 5);
		await settle(env, trigger);
		expect(env.emu.control.stats().dropped).toBe(6);
		expect(env.emu.control.stats().idempotentReplays).toBeGreaterThan(0);
		expect(duplicatesOf(ids(trigger.items()))).toEqual([]);
		expect(ids(trigger.items())).toEqual(created('customer'));
	}, 60000);

	test('a 5xx stored under the claim\'s key and replayed: the replay is our claim, each object once', async () => {
		trigger = await activeTrigger(env, { event: 'customer' });
		env.emu.control.webhooks.configure(REDELIVERY);
		env.emu.control.injectFaults([{ kind: 'status', status: 500, stored: true, match: CLAIM }]);
		env.emu.control.createMany('customer', 5);
		await settle(env, trigger);
		expect(env.emu.control.stats().idempotentReplays).toBeGreaterThan(0);
		expect(duplicatesOf(ids(trigger.items()))).toEqual([]);
		expect(ids(trigger.items())).toEqual(created('customer'));
	}, 60000);
});

describe('two n8n processes, one lost claim answer (every step staged: deliveries alternate between the processes)', () => {
	test('the other process answers 409 and saves nothing; the owner\'s next delivery emits; then the other goes on from the owner\'s save', async () => {
		const [a, b] = await twoProcesses(env, { event: 'customer' }, track);
		const store = a.store;
		env.emu.control.injectFaults([{ kind: 'drop-after', match: CLAIM, times: 6 }]);
		const [first] = env.emu.control.createMany('customer', 1); // → a: its claim commits, every answer is lost
		await settle(env, a, b);
		while (env.emu.control.stats().dropped < 6) await new Promise((resolve) => setTimeout(resolve, 50));
		expect(a.requests.map((request) => request.status)).toEqual([503]);
		const saves = store.saves;
		const [second] = env.emu.control.createMany('customer', 1); // → b: transition 0 is a's
		await settle(env, a, b);
		expect(b.requests.map((request) => request.status)).toEqual([409]);
		expect(store.saves).toBe(saves);
		const [third] = env.emu.control.createMany('customer', 1); // → a: Stripe's replay, a's own claim
		await settle(env, a, b);
		expect(ids(a.items())).toEqual([first.id, second.id, third.id]);
		const [fourth] = env.emu.control.createMany('customer', 1); // → b: from a's saved cursor, transition 1
		await settle(env, a, b);
		expect(ids(b.items())).toEqual([fourth.id]);
		expect(b.requests.map((request) => request.status)).toEqual([409, 200]);
	}, 60000);
});

describe('a walk cut short', () => {
	test('Max Items per Run 3, 10 customers created at once, no later event: all 10 arrive through Stripe\'s redelivery, oldest first', async () => {
		trigger = await activeTrigger(env, { event: 'customer', options: { maxItemsPerRun: 3 } });
		env.emu.control.webhooks.configure(REDELIVERY);
		env.emu.control.createMany('customer', 10);
		await settle(env, trigger);
		expect(trigger.executions.every((execution) => execution.items.length <= 3)).toBe(true);
		expect(ids(trigger.items())).toEqual(created('customer'));
	}, 60000);
});

describe('a failed endpoint delete', () => {
	test('is kept, reported with the endpoint id (never the secret) and retried at the next hook call', async () => {
		const warnings = spyOnWarnings();
		try {
			trigger = await createWebhookTrigger({ node: { parameters: { event: 'customer' } }, credentials: credentialsFor(env) });
			await trigger.activate();
			const [old] = env.emu.control.webhooks.endpoints();
			const secret = trigger.staticData.endpoint.secret;
			// The event changes: the old endpoint must go, but Stripe fails every delete attempt.
			env.emu.control.injectFaults([{ kind: 'status', status: 500, times: 6, match: { method: 'DELETE' } }]);
			trigger.setParameters({ event: 'invoiceItem' });
			await trigger.activate('update');
			expect(env.emu.control.webhooks.endpoints().map((endpoint) => endpoint.id)).toContain(old.id);
			expect(warnings.messages().some((message) => message.includes(old.id))).toBe(true);
			expect(warnings.messages().join('\n')).not.toContain(secret);
			// Deactivation (the next hook call) deletes both: the failed one is not forgotten.
			await trigger.deactivate();
			expect(env.emu.control.webhooks.endpoints()).toEqual([]);
		} finally {
			warnings.restore();
		}
	});

	test('on deactivation: reported, and deleted at the next activation instead of lingering', async () => {
		const warnings = spyOnWarnings();
		try {
			trigger = await activeTrigger(env, { event: 'customer' });
			const [old] = env.emu.control.webhooks.endpoints();
			env.emu.control.injectFaults([{ kind: 'status', status: 500, times: 6, match: { method: 'DELETE' } }]);
			await trigger.deactivate();
			expect(warnings.messages().some((message) => message.includes(old.id))).toBe(true);
			trigger.setParameters({ event: 'charge' });
			await trigger.activate();
			expect(env.emu.control.webhooks.endpoints().map((endpoint) => endpoint.id)).not.toContain(old.id);
			expect(env.emu.control.webhooks.endpoints()).toHaveLength(1);
		} finally {
			warnings.restore();
		}
	}, 60000);
});
