'use strict';
/** The trigger's exactly-once guarantee, scenarios 3–8 of the issue, through n8n-core's poll context. */
const { createPoller } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { drain, ids } = require('./polling');

const T0 = 1_760_000_000;
const env = useEmulator({ key: 'live', clock: T0 });

const poller = (parameters = {}, mode = 'trigger') =>
	createPoller({
		node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event: 'customer', simplify: true, options: {}, ...parameters } },
		credentials: env.credentials,
		mode,
	});
const create = (type, count, template = {}) => env.emu.control.createMany(type, count, template).map((object) => object.id);

describe('exactly once', () => {
	test.each([
		['a 5xx past retries', { kind: 'status', status: 500, shouldRetry: false }],
		['a 429 past retries', { kind: 'status', status: 429, code: 'rate_limit', times: 6 }],
		['a dropped connection past retries', { kind: 'drop-before', times: 6 }],
	])('3. %s in the middle of pagination: the poll fails, the cursor stays, the next poll emits everything once', async (_name, fault) => {
		const trigger = poller();
		await trigger.poll();
		env.emu.control.clock.advance(1);
		const fresh = create('customer', 350);
		const before = trigger.staticData;
		// Pages 1 and 2 (of 4) come through; the third request fails.
		env.emu.control.injectFaults([{ ...fault, after: 2, match: { method: 'GET', path: '/v1/customers' }, times: fault.times ?? 1 }]);
		const requestsBefore = env.emu.control.stats().requests;
		await expect(trigger.poll()).rejects.toThrow();
		expect(env.emu.control.stats().requests - requestsBefore).toBeGreaterThan(2);
		expect(trigger.staticData).toEqual(before);
		expect(await drain(trigger)).toEqual(fresh);
	});

	test('4. the newest emitted object is deleted before the next poll: nothing lost, nothing repeated', async () => {
		const trigger = poller();
		await trigger.poll();
		env.emu.control.clock.advance(1);
		const first = create('customer', 3);
		expect(ids(await trigger.poll())).toEqual(first);
		for (const id of first) await fetch(`${env.emu.url}/v1/customers/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${env.emu.keys.live}` } });
		const second = create('customer', 4); // same second as the deleted ones
		env.emu.control.clock.advance(1);
		const third = create('customer', 2);
		expect(await drain(trigger)).toEqual([...second, ...third]);
	});

	test('5. changing the event on an active trigger restarts from now for the new type', async () => {
		const trigger = poller();
		await trigger.poll();
		env.emu.control.clock.advance(1);
		create('charge', 5); // charges before the switch are history for the new type
		trigger.setParameters({ event: 'charge' });
		expect(ids(await trigger.poll())).toEqual([]);
		env.emu.control.clock.advance(1);
		const charges = create('charge', 3);
		expect(await drain(trigger)).toEqual(charges);
	});

	test('6. n8n restarts after an empty poll whose static data was not saved: nothing duplicated, nothing lost', async () => {
		const trigger = poller();
		await trigger.poll();
		env.emu.control.clock.advance(1);
		const first = create('customer', 4);
		expect(ids(await trigger.poll())).toEqual(first);
		env.emu.control.clock.advance(5);
		expect(ids(await trigger.poll())).toEqual([]); // empty: whatever it changed is not persisted
		trigger.restart();
		const second = create('customer', 3);
		expect(await drain(trigger)).toEqual(second);
	});

	test('7. a cap on items per poll with a backlog of 5× the cap: emitted oldest first over the next polls, none dropped', async () => {
		const trigger = poller({ options: { maxItemsPerPoll: 40 } });
		await trigger.poll();
		const backlog = [];
		for (let second = 0; second < 4; second++) {
			env.emu.control.clock.advance(1);
			backlog.push(...create('customer', 50));
		}
		const polls = [];
		for (let i = 0; i < 6; i++) polls.push(ids(await trigger.poll()));
		expect(polls.map((p) => p.length)).toEqual([40, 40, 40, 40, 40, 0]);
		expect(polls.flat()).toEqual(backlog);
	});

	test('8. a workflow left inactive for days: the backlog is drained on the next polls', async () => {
		const trigger = poller();
		await trigger.poll();
		const backlog = [];
		for (let day = 1; day <= 5; day++) {
			env.emu.control.clock.advance(86_400);
			backlog.push(...create('customer', 120));
		}
		trigger.restart();
		expect(await drain(trigger)).toEqual(backlog);
		expect(JSON.stringify(trigger.staticData).length).toBeLessThan(2_000);
	});
});
