'use strict';
/**
 * The trigger through n8n-core's real poll context (test/harness), against the Stripe emulator
 * (test/emulator), with the workflow's static data carried from poll to poll as n8n carries it.
 */
const { createPoller } = require('../harness');
const { startEmulator } = require('../emulator');
const { ids } = require('./polling');

const T0 = 1_760_000_000; // a fixed emulator second

let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(async () => {
	await emu?.close();
});
beforeEach(async () => {
	await emu.control.reset();
	emu.control.clock.setNow(T0);
});

function poller(parameters = {}, mode = 'trigger') {
	return createPoller({
		node: {
			type: 'stripeConnectorTrigger',
			typeVersion: 1,
			parameters: { event: 'customer', simplify: true, options: {}, ...parameters },
		},
		credentials: { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } },
		mode,
	});
}

const items = (result) => (Array.isArray(result) ? result : []);

async function create(type, count, template = {}) {
	const made = await emu.control.createMany(type, count, template);
	return made.map((object) => object.id);
}

const cursorSize = (trigger) => JSON.stringify(trigger.staticData).length;

describe('Stripe Connector Trigger: exactly once through n8n polls', () => {
	test('activation starts from now: no history flood', async () => {
		await create('customer', 5);
		const trigger = poller();
		expect(items(await trigger.poll())).toEqual([]);
		emu.control.clock.advance(1);
		const fresh = await create('customer', 2);
		expect(ids(await trigger.poll())).toEqual(fresh);
	});

	test('1. many objects in one second, split across a poll boundary', async () => {
		const trigger = poller();
		await create('customer', 3); // before activation, same second
		await trigger.poll();
		const first = await create('customer', 40); // still second T0
		expect(ids(await trigger.poll())).toEqual(first);
		const second = await create('customer', 35); // still second T0, after the poll
		expect(ids(await trigger.poll())).toEqual(second);
		emu.control.clock.advance(1);
		const third = await create('customer', 5);
		expect(ids(await trigger.poll())).toEqual(third);
		expect(items(await trigger.poll())).toEqual([]);
	});

	test('2. 3,000 new objects between two polls: all once, oldest first, small cursor', async () => {
		const trigger = poller();
		await trigger.poll();
		const fresh = [];
		for (let chunk = 0; chunk < 6; chunk++) {
			emu.control.clock.advance(1);
			fresh.push(...(await create('customer', 500)));
		}
		const out = items(await trigger.poll());
		expect(out.map((item) => item.id)).toEqual(fresh);
		const created = out.map((item) => item.created);
		expect([...created].sort()).toEqual(created);
		expect(items(await trigger.poll())).toEqual([]);
		expect(cursorSize(trigger)).toBeLessThan(12_000);
	});
});
