'use strict';
/**
 * What a shop owner relies on: forged deliveries start nothing, nothing is lost while the workflow
 * is off or n8n is down, nothing is emitted twice even by two n8n processes, the secret never leaks.
 */
const { createHmac } = require('node:crypto');
const { useEmulator } = require('../support/useEmulator');
const { activeTrigger, duplicatesOf, restartableProcess, settle, twoProcesses } = require('./support');

const env = useEmulator();
const open = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map((closable) => closable.close()));
});
const track = (closable) => (open.push(closable), closable);

const ids = (items) => items.map((item) => item.id);
const created = (type) => env.emu.control.list(type).map((object) => object.id);

describe('signatures', () => {
	const sign = (secret, body, t) => `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
	const now = () => Math.floor(Date.now() / 1000);

	test.each([
		['unsigned', () => undefined],
		['signed with another secret', (body) => sign('whsec_wrong', body, now())],
		['a 10-minute-old timestamp', (body, secret) => sign(secret, body, now() - 600)],
		['a tampered body', (body, secret) => sign(secret, body.replace('customer.created', 'customer.created '), now())],
		['an unparsable header', () => 'v1=abc,t=soon'],
	])('%s → 4xx, no execution, nothing stored', async (_name, header) => {
		const trigger = track(await activeTrigger(env, { event: 'customer' }));
		env.emu.control.createMany('customer', 1); // a real new object that a forged doorbell must not reveal
		env.emu.control.webhooks.configure({ down: true });
		const [endpoint] = env.emu.control.webhooks.endpoints();
		const secret = env.emu.control.webhooks.secretOf(endpoint.id);
		const before = trigger.staticData;
		const body = JSON.stringify({ id: 'evt_forged', object: 'event', type: 'customer.created', data: { object: { id: 'cus_forged' } } });
		const signature = header(body, secret);
		const response = await fetch(trigger.productionUrl(), { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...(signature ? { 'Stripe-Signature': signature } : {}) } });
		await trigger.idle();
		expect(response.status).toBeGreaterThanOrEqual(400);
		expect(response.status).toBeLessThan(500);
		expect(await response.text()).not.toContain(secret);
		expect(trigger.executions).toEqual([]);
		expect(trigger.staticData).toEqual(before);
	});

	test('several v1 signatures (a secret rotation): one valid is enough', async () => {
		const trigger = track(await activeTrigger(env, { event: 'customer' }));
		const [endpoint] = env.emu.control.webhooks.endpoints();
		const secret = env.emu.control.webhooks.secretOf(endpoint.id);
		const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'customer.created', data: { object: { id: 'cus_x' } } });
		const good = sign(secret, body, now());
		const header = `${sign('whsec_old', body, now())},${good.split(',')[1]}`;
		const response = await fetch(trigger.productionUrl(), { method: 'POST', body, headers: { 'Stripe-Signature': header } });
		expect(response.status).toBe(200);
	});
});

describe('nothing lost while off or down', () => {
	test('deactivate, create 5, reactivate, create 1 → 6 items, each once, oldest first', async () => {
		const trigger = track(await activeTrigger(env, { event: 'customer' }));
		await trigger.deactivate();
		env.emu.control.createMany('customer', 5);
		await trigger.activate();
		env.emu.control.createMany('customer', 1);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual(created('customer'));
		expect(trigger.items()).toHaveLength(6);
	});

	test('with Catch Up off → only the 1 created after reactivation', async () => {
		const trigger = track(await activeTrigger(env, { event: 'customer', options: { catchUp: false } }));
		await trigger.deactivate();
		env.emu.control.createMany('customer', 5);
		await trigger.activate();
		const [last] = env.emu.control.createMany('customer', 1);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual([last.id]);
	});

	test('n8n down longer than Stripe\'s retries, then restarted: the 3 missed arrive once with the next delivery', async () => {
		const trigger = track(await activeTrigger(env, { event: 'invoiceItem' }));
		env.emu.control.webhooks.configure({ down: true });
		env.emu.control.createMany('invoiceitem', 3);
		expect(env.emu.control.webhooks.discardHeld()).toBe(3); // Stripe gave up
		env.emu.control.webhooks.configure({ down: false });
		await trigger.activate('init'); // the restart
		env.emu.control.createMany('invoiceitem', 1);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual(created('invoiceitem'));
	});

	test('n8n restarted after emitting (new memory, the saved static data): the next customers arrive once, every delivery answered 200', async () => {
		const n8n = await restartableProcess(env, { event: 'customer' }, track);
		env.emu.control.createMany('customer', 2);
		await settle(env, n8n.current);
		const before = n8n.current;
		const after = await n8n.restart();
		env.emu.control.createMany('customer', 2);
		await settle(env, after);
		expect(ids([...before.items(), ...after.items()])).toEqual(created('customer'));
		expect([...before.requests, ...after.requests].map((request) => request.status).filter((status) => status !== 200)).toEqual([]);
		expect(after.items()).toHaveLength(2);
	});

	test('a delivery Stripe dropped is caught up by the next one', async () => {
		const trigger = track(await activeTrigger(env, { event: 'customer' }));
		env.emu.control.webhooks.configure({ dropFirst: 1 });
		env.emu.control.createMany('customer', 2);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual(created('customer'));
	});

	test('Stripe unreachable during the walk: 503 (Stripe delivers again), nothing emitted, nothing lost', async () => {
		const trigger = track(await activeTrigger(env, { event: 'customer' }));
		// Every attempt of the transport's first list request fails (1 + 5 retries).
		env.emu.control.injectFaults([{ match: { method: 'GET', path: '/v1/customers' }, kind: 'status', status: 500, times: 6 }]);
		env.emu.control.createMany('customer', 1);
		await settle(env, trigger);
		expect(trigger.requests.map((request) => request.status)).toEqual([503]);
		expect(trigger.items()).toEqual([]);
		env.emu.control.createMany('customer', 1);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual(created('customer'));
	}, 60000);
});

describe('each object once, also across n8n processes', () => {
	test('two processes, every event delivered twice, overlapping and shuffled: each object once', async () => {
		const processes = await twoProcesses(env, { event: 'customer' }, track);
		expect(env.emu.control.webhooks.endpoints()).toHaveLength(1);
		env.emu.control.webhooks.configure({ duplicate: 2, shuffle: true, jitterMs: 30 });
		for (let burst = 0; burst < 5; burst++) {
			env.emu.control.createMany('customer', 8);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await settle(env, ...processes);
		// One more doorbell, so that a walk that lost a race catches what it skipped.
		env.emu.control.webhooks.configure({ duplicate: 1, shuffle: false, jitterMs: 0 });
		env.emu.control.createMany('customer', 1);
		await settle(env, ...processes);
		const all = processes.flatMap((trigger) => ids(trigger.items()));
		expect(duplicatesOf(all)).toEqual([]);
		expect(all.sort()).toEqual(created('customer').sort());
		// Both processes answered deliveries; deduplication cost at most one claim per delivery
		// (one per walk that found something), not one per object, and every execution won one.
		expect(processes.every((trigger) => trigger.requests.length > 0)).toBe(true);
		const claims = Object.entries(env.emu.control.stats().byRoute)
			.filter(([route]) => route.startsWith('POST /v1/webhook_endpoints/'))
			.reduce((sum, [, count]) => sum + count, 0);
		const deliveries = processes.reduce((sum, trigger) => sum + trigger.requests.length, 0);
		const executions = processes.reduce((sum, trigger) => sum + trigger.executions.length, 0);
		expect(claims).toBeLessThanOrEqual(deliveries);
		expect(claims).toBeGreaterThanOrEqual(executions);
	}, 60000);
});

describe('the signing secret', () => {
	test('lives in static data only: not in items, answers, endpoint metadata or logs', async () => {
		const logs = [];
		const spies = ['log', 'info', 'warn', 'error', 'debug'].map((level) => jest.spyOn(console, level).mockImplementation((...args) => logs.push(args.join(' '))));
		try {
			const trigger = track(await activeTrigger(env, { event: 'customer' }));
			const secret = trigger.staticData.endpoint.secret;
			expect(secret).toMatch(/^whsec_/);
			env.emu.control.createMany('customer', 2);
			await settle(env, trigger);
			const visible = JSON.stringify([trigger.executions, env.emu.control.webhooks.endpoints(), logs]);
			expect(visible).not.toContain(secret);
			expect(trigger.items()).toHaveLength(2);
		} finally {
			spies.forEach((spy) => spy.mockRestore());
		}
	});
});
