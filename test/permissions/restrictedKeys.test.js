'use strict';
/**
 * The README's restricted-key table, row by row: each node runs with a key holding exactly the
 * row's permissions (test/emulator/restrictedKeys.js answers Stripe's 403 for anything more), so a
 * node that starts needing another permission fails here. Each row also shows that one permission
 * less is refused, so the check can fail.
 */
const { StripeConnectorApi } = require('../../credentials/StripeConnectorApi.credentials.ts');
const { createPoller, createWebhookTrigger, runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('../action/workflow');
const { settle } = require('../instant/support');

const env = useEmulator();
const credentialsWith = (apiKey) => ({ stripeConnectorApi: { apiKey, baseUrl: env.emu.url } });
const keyWith = (name, permissions) => {
	env.emu.control.restrictedKeys.define(name, permissions);
	return name;
};

async function runAction(apiKey, parameters) {
	const result = await runWorkflow({ workflow: stripeWorkflow(parameters), credentials: credentialsWith(apiKey) });
	return { error: result.errorOf('Stripe'), items: result.outputOf('Stripe').map((item) => item.json) };
}

/** Activation, then one poll that must emit `fresh()`'s objects; and "Fetch Test Event". */
async function runPollingTrigger(apiKey, parameters, fresh) {
	const node = { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { simplify: true, options: {}, ...parameters } };
	const trigger = createPoller({ node, credentials: credentialsWith(apiKey) });
	await trigger.poll();
	env.emu.control.clock.advance(1);
	const made = fresh();
	const emitted = await trigger.poll();
	const manual = createPoller({ node, credentials: credentialsWith(apiKey), mode: 'manual' });
	const sample = await manual.poll();
	return { emitted: (emitted ?? []).map((item) => item.id), made: made.map((object) => object.id), sample };
}

const refusedFor = (permission) => new RegExp(`Having the 'rak_${permission}' permission would allow this request to continue`);

beforeEach(() => env.emu.control.clock.setNow(1_760_000_000));

describe('row "credential test, Customer → Get / Get Many / Search, New Customer trigger": Customers: Read, Coupons: Read', () => {
	const key = 'rk_test_customers_read';

	test('the credential test request succeeds', async () => {
		const { request } = new StripeConnectorApi().test;
		const response = await fetch(`${env.emu.url}${request.url}?limit=1`, { headers: { Authorization: `Bearer ${key}` } });
		expect(response.status).toBe(200);
	});

	test('Customer → Get, Get Many and Search', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
		const get = await runAction(key, { resource: 'customer', operation: 'get', customerId: { mode: 'id', value: customer.id } });
		expect(get.error).toBeUndefined();
		expect(get.items.map((item) => item.id)).toEqual([customer.id]);
		const many = await runAction(key, { resource: 'customer', operation: 'getAll', returnAll: true });
		expect(many.items.map((item) => item.id)).toEqual([customer.id]);
		const search = await runAction(key, { resource: 'customer', operation: 'search', query: "email:'ada@example.com'", returnAll: true });
		expect(search.error).toBeUndefined();
		expect(search.items.map((item) => item.id)).toEqual([customer.id]);
	});

	test('New Customer trigger: activation, a poll and Fetch Test Event', async () => {
		const run = await runPollingTrigger(key, { event: 'customer' }, () => env.emu.control.createMany('customer', 2));
		expect(run.emitted).toEqual(run.made);
		expect(run.sample.map((item) => item.id)).toEqual([run.made[1]]);
	});

	test('one permission less: a key without Customers: Read is refused, naming it', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{}]);
		const get = await runAction('rk_test_products_read', { resource: 'customer', operation: 'get', customerId: { mode: 'id', value: customer.id } });
		expect(get.error.message).toMatch(refusedFor('customer_read'));
	});
});

describe('row "Customer → Create / Update / Delete": Customers: Write, Coupons: Read', () => {
	const key = 'rk_test_customers_write';

	test('create, update and delete', async () => {
		const created = await runAction(key, { resource: 'customer', operation: 'create', additionalFields: { email: 'ada@example.com' } });
		expect(created.error).toBeUndefined();
		const id = created.items[0].id;
		const updated = await runAction(key, { resource: 'customer', operation: 'update', customerId: { mode: 'id', value: id }, updateFields: { description: 'VIP' } });
		expect(updated.items[0]).toMatchObject({ id, description: 'VIP' });
		const deleted = await runAction(key, { resource: 'customer', operation: 'delete', customerId: { mode: 'id', value: id } });
		expect(deleted.items).toEqual([{ id, deleted: true }]);
	});

	test('one permission less: Customers: Read cannot create', async () => {
		const created = await runAction('rk_test_customers_read', { resource: 'customer', operation: 'create', additionalFields: {} });
		expect(created.error.message).toMatch(refusedFor('customer_write'));
		expect(env.emu.control.list('customer')).toEqual([]);
	});
});

describe('row "Product → Get Many / Search": Products: Read', () => {
	const key = 'rk_test_products_read';

	test('Get Many and Search', async () => {
		const [product] = env.emu.control.createObjects('product', [{ name: 'Widget' }]);
		const many = await runAction(key, { resource: 'product', operation: 'getAll', returnAll: true });
		expect(many.error).toBeUndefined();
		expect(many.items.map((item) => item.id)).toEqual([product.id]);
		const search = await runAction(key, { resource: 'product', operation: 'search', query: "name:'Widget'", returnAll: true });
		expect(search.items.map((item) => item.id)).toEqual([product.id]);
	});

	test('one permission less: Customers: Read cannot list products', async () => {
		const many = await runAction('rk_test_customers_read', { resource: 'product', operation: 'getAll', returnAll: true });
		expect(many.error.message).toMatch(refusedFor('product_read'));
	});
});

describe('row "Product → Create / Update / Delete": Products: Write', () => {
	const key = 'rk_test_products_write';

	test('create, update and delete', async () => {
		const created = await runAction(key, { resource: 'product', operation: 'create', name: 'Widget', additionalFields: { caption: 'small' } });
		expect(created.error).toBeUndefined();
		const id = created.items[0].id;
		const updated = await runAction(key, { resource: 'product', operation: 'update', productId: { mode: 'id', value: id }, updateFields: { active: false } });
		expect(updated.items[0]).toMatchObject({ id, active: false });
		const deleted = await runAction(key, { resource: 'product', operation: 'delete', productId: { mode: 'id', value: id } });
		expect(deleted.items).toEqual([{ id, deleted: true }]);
	});

	test('one permission less: Products: Read cannot create', async () => {
		const created = await runAction('rk_test_products_read', { resource: 'product', operation: 'create', name: 'Widget', additionalFields: {} });
		expect(created.error.message).toMatch(refusedFor('product_write'));
	});
});

describe.each([
	['New Charge trigger', 'Charges: Read', 'rk_test_charges_read', 'charge', 'charge', 'charge_read'],
	['New Invoice Item trigger', 'Invoices: Read', 'rk_test_invoices_read', 'invoiceItem', 'invoiceitem', 'invoice_read'],
])('row "%s": %s', (_row, _permission, key, event, type, permission) => {
	test('activation, a poll and Fetch Test Event', async () => {
		const run = await runPollingTrigger(key, { event }, () => env.emu.control.createMany(type, 2));
		expect(run.emitted).toEqual(run.made);
		expect(run.sample.map((item) => item.id)).toEqual([run.made[1]]);
	});

	test('one permission less: a Customers: Read key is refused at activation, naming the permission', async () => {
		const trigger = createPoller({ node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event, simplify: true, options: {} } }, credentials: credentialsWith('rk_test_customers_read') });
		await expect(trigger.poll()).rejects.toThrow(refusedFor(permission));
	});
});

describe('row "New Order trigger (Checkout Sessions)": Checkout Sessions: Read, and with Simplify on also PaymentIntents: Read and Charges: Read', () => {
	const completed = () => env.emu.control.createObjects('checkout.session', [{ status: 'complete', payment_status: 'paid', amount_total: 500 }, { status: 'complete', payment_status: 'paid', amount_total: 700 }]);

	test('Simplify off: Checkout Sessions: Read is enough', async () => {
		const run = await runPollingTrigger('rk_test_checkout_sessions_read', { event: 'order', orderSource: 'checkoutSessions', simplify: false }, completed);
		expect(run.emitted).toEqual(run.made);
	});

	test('Simplify on: with PaymentIntents: Read and Charges: Read besides, activation, a poll and Fetch Test Event work', async () => {
		const key = keyWith('rk_test_orders_simplified', ['Checkout Sessions: Read', 'PaymentIntents: Read', 'Charges: Read']);
		const run = await runPollingTrigger(key, { event: 'order', orderSource: 'checkoutSessions' }, completed);
		expect(run.emitted).toEqual(run.made);
		expect(run.sample).toHaveLength(1);
	});

	test.each([
		['Checkout Sessions: Read only', ['Checkout Sessions: Read']],
		['no Charges: Read', ['Checkout Sessions: Read', 'PaymentIntents: Read']],
	])('Simplify on with %s: a clear message naming both permissions and the Simplify-off way out', async (_case, permissions) => {
		const key = keyWith(`rk_test_orders_${permissions.length}`, permissions);
		completed();
		const manual = createPoller({ node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event: 'order', orderSource: 'checkoutSessions', simplify: true, options: {} } }, credentials: credentialsWith(key), mode: 'manual' });
		const error = await manual.poll().then(() => undefined, (thrown) => thrown);
		expect(error.message).toBe("The restricted Stripe key may not read each order's payment intent and its charge");
		expect(error.description).toMatch(/needs PaymentIntents: Read and Charges: Read on the key\. Grant them, or turn Simplify off/);
		expect(error.description).not.toContain(key);
	});
});

describe('Instant Trigger (README: "Webhook Endpoints: Write besides read access to the objects")', () => {
	let trigger;
	afterEach(async () => trigger?.close());

	test('Webhook Endpoints: Write, Customers: Read and Coupons: Read: activation, a delivery and deactivation', async () => {
		const key = keyWith('rk_test_instant_customers', ['Webhook Endpoints: Write', 'Customers: Read', 'Coupons: Read']);
		trigger = await createWebhookTrigger({ node: { parameters: { event: 'customer' } }, credentials: credentialsWith(key) });
		await trigger.activate();
		const [customer] = env.emu.control.createMany('customer', 1);
		await settle(env, trigger);
		expect(trigger.items().map((item) => item.id)).toEqual([customer.id]);
		await trigger.deactivate();
		expect(env.emu.control.webhooks.endpoints()).toEqual([]);
	});

	test('one permission less: Customers: Read alone cannot register the endpoint', async () => {
		trigger = await createWebhookTrigger({ node: { parameters: { event: 'customer' } }, credentials: credentialsWith('rk_test_customers_read') });
		await expect(trigger.activate()).rejects.toThrow(/may not create webhook endpoints/);
	});
});

describe('billing rows: Subscriptions: Read / Write, Meter Events: Write, Customer Portal: Write', () => {
	const { billingSetup } = require('../support/billingSetup');
	const api = billingSetup(env);
	const subscriptionFor = async () => {
		const customer = await api.customer();
		const price = await api.monthly(1000);
		return { customer, price, subscription: await api.subscribe(customer.id, [price.id]) };
	};

	test('Subscription → Get / Get Many / Search with Subscriptions: Read; one permission less is refused', async () => {
		const { subscription } = await subscriptionFor();
		const get = await runAction('rk_test_subscriptions_read', { resource: 'subscription', operation: 'get', subscriptionId: subscription.id });
		expect(get.items.map((item) => item.id)).toEqual([subscription.id]);
		const many = await runAction('rk_test_subscriptions_read', { resource: 'subscription', operation: 'getAll', returnAll: true });
		expect(many.items.map((item) => item.id)).toEqual([subscription.id]);
		env.emu.control.clock.advance(120);
		const search = await runAction('rk_test_subscriptions_read', { resource: 'subscription', operation: 'search', query: "status:'active'", returnAll: true });
		expect(search.items.map((item) => item.id)).toEqual([subscription.id]);
		const refused = await runAction('rk_test_customers_read', { resource: 'subscription', operation: 'get', subscriptionId: subscription.id });
		expect(refused.error.message).toMatch(refusedFor('subscription_read'));
	});

	test('Subscription → Create / Update / Cancel / Pause / Resume with Subscriptions: Write; Read cannot create', async () => {
		const { customer, price, subscription } = await subscriptionFor();
		const key = 'rk_test_subscriptions_write';
		const created = await runAction(key, { resource: 'subscription', operation: 'create', customerId: { mode: 'id', value: customer.id }, items: { itemValues: [{ price: price.id, quantity: 2 }] } });
		expect(created.error).toBeUndefined();
		const update = await runAction(key, { resource: 'subscription', operation: 'update', subscriptionId: subscription.id, updateFields: { newQuantity: 3 } });
		expect(update.items[0].items[0].quantity).toBe(3);
		for (const operation of ['pauseCollection', 'resumeCollection', 'cancel']) {
			const result = await runAction(key, { resource: 'subscription', operation, subscriptionId: subscription.id });
			expect([operation, result.error]).toEqual([operation, undefined]);
		}
		const refused = await runAction('rk_test_subscriptions_read', { resource: 'subscription', operation: 'create', customerId: { mode: 'id', value: customer.id }, items: { itemValues: [{ price: price.id, quantity: 1 }] } });
		expect(refused.error.message).toMatch(refusedFor('subscription_write'));
	});

	test('Meter Event → Create with Meter Events: Write; Customer Portal Session → Create with Customer Portal: Write', async () => {
		const customer = await api.customer();
		const usage = { resource: 'meterEvent', operation: 'create', eventName: 'api_requests', customerId: { mode: 'id', value: customer.id }, value: 3 };
		expect((await runAction('rk_test_meter_events_write', usage)).error).toBeUndefined();
		expect((await runAction('rk_test_subscriptions_write', usage)).error.message).toMatch(refusedFor('meter_event_write'));
		const portal = { resource: 'customerPortalSession', operation: 'create', customerId: { mode: 'id', value: customer.id }, returnUrl: 'https://example.com' };
		expect((await runAction('rk_test_customer_portal_write', portal)).items[0].url).toMatch(/^https:/);
		expect((await runAction('rk_test_meter_events_write', portal)).error.message).toMatch(refusedFor('customer_portal_write'));
	});
});
