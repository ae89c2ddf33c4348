'use strict';
/** The endpoint's life: one per active trigger, reused while it matches, gone on deactivation; errors a user can act on. */
const { createWebhookTrigger } = require('../harness');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();
let trigger;
afterEach(async () => trigger?.close());

const make = async (parameters = { event: 'customer' }, key = 'test') => {
	trigger = await createWebhookTrigger({
		node: { parameters },
		credentials: { stripeConnectorApi: { apiKey: env.emu.keys[key], baseUrl: env.emu.url } },
	});
	return trigger;
};
const endpoints = () => env.emu.control.webhooks.endpoints();

describe('endpoint lifecycle', () => {
	test('activation registers one endpoint with the events, the pinned api_version and a description naming n8n', async () => {
		await make({ event: 'charge' });
		await trigger.activate();
		expect(endpoints()).toHaveLength(1);
		const [endpoint] = endpoints();
		expect(endpoint).toMatchObject({ url: trigger.productionUrl(), api_version: '2026-10-28.endive', status: 'enabled' });
		expect([...endpoint.enabled_events].sort()).toEqual(['charge.failed', 'charge.pending', 'charge.succeeded']);
		expect(endpoint.description).toMatch(/^n8n workflow "harness instant"/);
	});

	test.each([
		['customer', {}, ['customer.created']],
		['invoiceItem', {}, ['invoiceitem.created']],
		['order', { orderSource: 'checkoutSessions' }, ['checkout.session.completed']],
	])('%s subscribes to %j', async (event, extra, events) => {
		await make({ event, ...extra });
		await trigger.activate();
		expect(endpoints().map((endpoint) => endpoint.enabled_events)).toEqual([events]);
	});

	test('a second activation, a restart and a re-published edit keep one endpoint; deactivation removes it', async () => {
		await make();
		await trigger.activate();
		const [first] = endpoints();
		await trigger.activate('init'); // n8n restart
		await trigger.activate('update'); // published edit of an active workflow
		expect(endpoints().map((endpoint) => endpoint.id)).toEqual([first.id]);
		await trigger.deactivate();
		expect(endpoints()).toEqual([]);
		expect(trigger.staticData.endpoint).toBeUndefined();
		expect(trigger.staticData.cursor).toBeDefined(); // the cursor survives deactivation
	});

	test('changing the event replaces the endpoint, never adds a second one', async () => {
		await make();
		await trigger.activate();
		trigger.setParameters({ event: 'invoiceItem' });
		await trigger.activate('update');
		expect(endpoints().map((endpoint) => endpoint.enabled_events)).toEqual([['invoiceitem.created']]);
	});

	test('an endpoint deleted in Stripe\'s dashboard is re-created at the next activation', async () => {
		await make();
		await trigger.activate();
		await fetch(`${env.emu.url}/v1/webhook_endpoints/${endpoints()[0].id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${env.emu.keys.test}` } });
		await trigger.activate('init');
		expect(endpoints()).toHaveLength(1);
	});

	test('the legacy Orders source refuses activation with a clear error and creates nothing', async () => {
		await make({ event: 'order', orderSource: 'legacyOrders' });
		await expect(trigger.activate()).rejects.toThrow('The legacy Orders API has no webhook event');
		expect(endpoints()).toEqual([]);
	});

	test('a restricted key without webhook permission: the 403 names "Webhook Endpoints: Write"', async () => {
		await make({ event: 'customer' }, 'restrictedRead');
		const error = await trigger.activate().catch((caught) => caught);
		expect(error.message).toBe('The Stripe key may not create webhook endpoints');
		expect(error.description).toMatch(/Webhook Endpoints: Write/);
	});

	test('a URL Stripe cannot reach is explained, not a stack trace', async () => {
		env.emu.control.webhooks.configure({ rejectLocalUrls: true });
		await make();
		const error = await trigger.activate().catch((caught) => caught);
		expect(error.message).toMatch(/^Stripe cannot reach n8n's webhook URL http:\/\/127\.0\.0\.1/);
		expect(error.description).toMatch(/WEBHOOK_URL/);
	});

	test('a live key with a loopback webhook URL is refused before asking Stripe', async () => {
		await make({ event: 'customer' }, 'live');
		const before = env.emu.control.stats().byRoute['POST /v1/webhook_endpoints'] ?? 0;
		await expect(trigger.activate()).rejects.toThrow(/Stripe cannot reach n8n's webhook URL/);
		expect(env.emu.control.stats().byRoute['POST /v1/webhook_endpoints'] ?? 0).toBe(before);
	});

	test('Stripe\'s limit of 16 endpoints gets a clear message', async () => {
		for (let i = 0; i < 16; i++) {
			await fetch(`${env.emu.url}/v1/webhook_endpoints`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${env.emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded' },
				body: `url=https://example.com/${i}&enabled_events[0]=customer.created`,
			});
		}
		await make();
		await expect(trigger.activate()).rejects.toThrow('This Stripe account already has 16 webhook endpoints, Stripe\'s limit');
	});

	test('"Listen for test event" uses the test URL, emits the delivered object and removes its endpoint', async () => {
		await make();
		const items = await trigger.listenForTestEvent(async () => {
			const [endpoint] = endpoints();
			expect(endpoint.url).toMatch(/\/webhook-test\//);
			env.emu.control.createObjects('customer', [{ email: 'test@example.com' }]);
		});
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ email: 'test@example.com', id: env.emu.control.list('customer')[0].id });
		expect(endpoints()).toEqual([]);
		expect(trigger.staticData.cursor).toBeUndefined();
	});
});
