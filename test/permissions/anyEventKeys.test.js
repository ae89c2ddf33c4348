'use strict';
/**
 * The README's restricted-key row for "Any Event Type(s)" in both triggers: Events: Read (and
 * Webhook Endpoints: Write for the instant trigger); with Fetch Current Object, Read on the event's
 * object besides. One permission less is refused, so the check can fail.
 */
const { createPoller, createWebhookTrigger } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { settle } = require('../instant/support');

const env = useEmulator({ clock: 1_800_000_000 });
const credentialsWith = (apiKey) => ({ stripeConnectorApi: { apiKey, baseUrl: env.emu.url } });
const keyWith = (name, permissions) => {
	env.emu.control.restrictedKeys.define(name, permissions);
	return name;
};
const refusedFor = (permission) => new RegExp(`Having the 'rak_${permission}' permission would allow this request to continue`);

/** A customer made through the API with the emulator's full key: Stripe records customer.created. */
async function newCustomer() {
	const response = await fetch(`${env.emu.url}/v1/customers`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${env.emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded' },
		body: 'email=ada@example.com',
	});
	return await response.json();
}

const anyEvent = (options = {}) => ({ type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event: 'anyEvent', eventTypes: ['customer.created'], options } });

describe('row "Any Event Type(s)": Events: Read', () => {
	test('polling: activation, a poll and Fetch Test Event with Events: Read only', async () => {
		const key = keyWith('rk_test_events_read', ['Events: Read']);
		const trigger = createPoller({ node: anyEvent(), credentials: credentialsWith(key) });
		expect(await trigger.poll()).toBeNull();
		env.emu.control.clock.advance(1);
		const customer = await newCustomer();
		const emitted = await trigger.poll();
		expect(emitted.map((event) => [event.type, event.data.object.id])).toEqual([['customer.created', customer.id]]);
		const sample = await createPoller({ node: anyEvent(), credentials: credentialsWith(key), mode: 'manual' }).poll();
		expect(sample.map((event) => event.type)).toEqual(['customer.created']);
	});

	test('one permission less: a Customers: Read key is refused at activation, naming Events: Read', async () => {
		const trigger = createPoller({ node: anyEvent(), credentials: credentialsWith('rk_test_customers_read') });
		await expect(trigger.poll()).rejects.toThrow(refusedFor('event_read'));
	});

	test('Fetch Current Object reads the object with Customers: Read besides; without it the item keeps the event\'s copy and says why', async () => {
		const withObject = createPoller({ node: anyEvent({ fetchCurrentObject: true }), credentials: credentialsWith(keyWith('rk_test_events_customers', ['Events: Read', 'Customers: Read'])) });
		const eventsOnly = createPoller({ node: anyEvent({ fetchCurrentObject: true }), credentials: credentialsWith(keyWith('rk_test_events_only', ['Events: Read'])) });
		await withObject.poll();
		await eventsOnly.poll();
		env.emu.control.clock.advance(1);
		const customer = await newCustomer();
		const [current] = await withObject.poll();
		expect(current).toMatchObject({ objectSource: 'current', data: { object: { id: customer.id } } });
		const [kept] = await eventsOnly.poll();
		expect(kept).toMatchObject({ objectSource: 'event', data: { object: { id: customer.id } } });
		expect(kept.objectSourceNote).toMatch(refusedFor('customer_read'));
	});

	test('instant: Webhook Endpoints: Write and Events: Read: activation, a delivery and deactivation; Events: Read alone cannot register the endpoint', async () => {
		const key = keyWith('rk_test_instant_events', ['Webhook Endpoints: Write', 'Events: Read']);
		const trigger = await createWebhookTrigger({ node: { parameters: { event: 'anyEvent', eventTypes: ['customer.created'] } }, credentials: credentialsWith(key) });
		try {
			await trigger.activate();
			const customer = await newCustomer();
			await settle(env, trigger);
			expect(trigger.items().map((event) => [event.type, event.data.object.id])).toEqual([['customer.created', customer.id]]);
			await trigger.deactivate();
			expect(env.emu.control.webhooks.endpoints()).toEqual([]);
		} finally {
			await trigger.close();
		}
		const refused = await createWebhookTrigger({ node: { parameters: { event: 'anyEvent', eventTypes: ['customer.created'] } }, credentials: credentialsWith('rk_test_events_read') });
		try {
			await expect(refused.activate()).rejects.toThrow(/may not create webhook endpoints/);
		} finally {
			await refused.close();
		}
	});
});
