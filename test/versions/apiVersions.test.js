'use strict';
/**
 * The nine documented features at the pin (2026-10-28.endive: endive objects, the charge's invoice
 * from the InvoicePayment lookup) and with the credential's API Version overridden to
 * 2025-02-24.acacia (acacia objects, nothing looked up): the same documented outputs either way,
 * and every request carries the version in use.
 */
const { createPoller, runWorkflow } = require('../harness');
const { startEmulator } = require('../emulator');
const { stripeWorkflow } = require('../action/workflow');
const { PINNED_STRIPE_VERSION } = require('../../nodes/shared/constants.ts');

const T0 = 1_760_000_000;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CUSTOMER_RESPONSE = ['account_balance', 'created', 'currency', 'delinquent', 'description', 'discount', 'email', 'id'];
const PRODUCT_RESPONSE = ['active', 'caption', 'created', 'default_price', 'description', 'id', 'images', 'name', 'shippable', 'updated', 'url'];
const FIXTURE_PRICE = 'price_1PgafmB7WZ01zgkW02Hf9z6c';

let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());

describe.each([
	['the pin (endive)', undefined, PINNED_STRIPE_VERSION],
	['an API Version override to acacia', '2025-02-24.acacia', '2025-02-24.acacia'],
])('with %s', (_name, apiVersion, sent) => {
	const credentials = () => ({ stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url, ...(apiVersion ? { apiVersion } : {}) } });
	const act = async (parameters, items) => {
		const result = await runWorkflow({ workflow: stripeWorkflow(parameters), credentials: credentials(), items });
		expect(result.error).toBeUndefined();
		return result.outputOf('Stripe').map((item) => item.json);
	};
	const firstNew = async (parameters, type, spec) => {
		const trigger = createPoller({
			node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { simplify: true, options: {}, ...parameters } },
			credentials: credentials(),
		});
		await trigger.poll();
		emu.control.clock.advance(1);
		const [object] = emu.control.createObjects(type, [spec]);
		const out = await trigger.poll();
		expect(out.map((item) => item.id)).toEqual([object.id]);
		return out[0];
	};

	beforeEach(() => {
		emu.control.reset();
		emu.control.clock.setNow(T0);
	});
	afterEach(() => {
		const versions = new Set(emu.control.requestLog().map((entry) => entry.stripeVersion));
		expect([...versions]).toEqual([sent]);
	});

	test('Customer Create, Get, Update: Customer_Response', async () => {
		const [created] = await act({ resource: 'customer', operation: 'create', additionalFields: { email: 'ada@example.com', description: 'VIP' } });
		expect(Object.keys(created).sort()).toEqual(CUSTOMER_RESPONSE);
		expect(created).toMatchObject({ account_balance: 0, delinquent: false, description: 'VIP', email: 'ada@example.com', discount: null });
		const [got] = await act({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: created.id } });
		expect(got).toEqual(created);
		const [updated] = await act({ resource: 'customer', operation: 'update', customerId: { mode: 'id', value: created.id }, updateFields: { email: 'lovelace@example.com' } });
		expect(updated).toMatchObject({ id: created.id, email: 'lovelace@example.com', description: 'VIP' });
		expect(updated.created).toMatch(ISO);
	});

	test('Customer Get, Update, Get Many, Search and New Customer: the discount\'s coupon in full', async () => {
		const coupon = { id: 'SUMMER', object: 'coupon', name: 'Summer', duration: 'once', percent_off: 10, amount_off: null };
		const discount = { object: 'discount', coupon, start: T0, end: null, subscription: null };
		const [customer] = emu.control.createObjects('customer', [{ email: 'd@example.com', discount }]);
		const expected = { id: 'SUMMER', name: 'Summer', duration: 'once', percent_off: 10, amount_off: null };
		const locator = { mode: 'id', value: customer.id };
		expect((await act({ resource: 'customer', operation: 'get', customerId: locator }))[0].discount.coupon).toEqual(expected);
		expect((await act({ resource: 'customer', operation: 'update', customerId: locator, updateFields: { description: 'x' } }))[0].discount.coupon).toEqual(expected);
		expect((await act({ resource: 'customer', operation: 'getAll', returnAll: true }))[0].discount.coupon).toEqual(expected);
		expect((await act({ resource: 'customer', operation: 'search', query: "email:'d@example.com'", returnAll: true }))[0].discount.coupon).toEqual(expected);
		const item = await firstNew({ event: 'customer' }, 'customer', { email: 'n@example.com', discount: { ...discount, coupon: { ...coupon, id: 'WINTER' } } });
		expect(item.discount.coupon).toEqual({ ...expected, id: 'WINTER' });
	});

	test('Product Create, Update: Product_Response, caption included', async () => {
		const [created] = await act({ resource: 'product', operation: 'create', name: 'Gold plan', additionalFields: { caption: 'Best seller', url: 'https://example.com/gold' } });
		expect(Object.keys(created).sort()).toEqual(PRODUCT_RESPONSE);
		expect(created).toMatchObject({ name: 'Gold plan', caption: 'Best seller', url: 'https://example.com/gold', active: true });
		const [updated] = await act({ resource: 'product', operation: 'update', productId: { mode: 'id', value: created.id }, updateFields: { caption: 'Staff pick', active: false } });
		expect(updated).toMatchObject({ id: created.id, caption: 'Staff pick', active: false });
		expect(updated.updated).toMatch(ISO);
	});

	test('New Customer', async () => {
		const item = await firstNew({ event: 'customer' }, 'customer', { email: 'n@example.com', balance: 12 });
		expect(Object.keys(item).sort()).toEqual(CUSTOMER_RESPONSE);
		expect(item).toMatchObject({ account_balance: 12, email: 'n@example.com' });
	});

	test('New Charge: the invoice it paid, by the route of the version', async () => {
		const item = await firstNew({ event: 'charge' }, 'charge', { amount: 2599, customer: 'cus_x', invoice: 'in_1' });
		expect(item).toMatchObject({ amount: 2599, customer: 'cus_x', invoice: 'in_1', order: null });
		expect(emu.control.stats().byRoute['GET /v1/invoice_payments'] ?? 0).toBe(apiVersion ? 0 : 1);
	});

	test('New Invoice Item: plan and subscription', async () => {
		const item = await firstNew({ event: 'invoiceItem' }, 'invoiceitem', { amount: 500, customer: 'cus_y', subscription: 'sub_1' });
		expect(item).toMatchObject({ amount: 500, customer: 'cus_y', plan: FIXTURE_PRICE, subscription: 'sub_1', quantity: '1' });
		expect(item.date).toMatch(ISO);
	});

	test('New Order: a completed Checkout Session', async () => {
		const item = await firstNew({ event: 'order' }, 'checkout.session', {
			status: 'complete', payment_status: 'paid', amount_total: 4200, currency: 'eur', customer: 'cus_o', customer_details: { email: 'o@example.com' },
		});
		expect(item).toMatchObject({ amount: 4200, currency: 'eur', customer: 'cus_o', email: 'o@example.com', status: 'paid' });
	});
});

describe('raw outputs (Simplify off)', () => {
	const credentials = (apiVersion) => ({ stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url, ...(apiVersion ? { apiVersion } : {}) } });
	const rawNew = async (event, type, spec, apiVersion) => {
		const trigger = createPoller({ node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event, simplify: false, options: {} } }, credentials: credentials(apiVersion) });
		await trigger.poll();
		emu.control.clock.advance(1);
		emu.control.createObjects(type, [spec]);
		return JSON.parse(JSON.stringify((await trigger.poll())[0]));
	};
	beforeEach(() => {
		emu.control.reset();
		emu.control.clock.setNow(T0);
	});

	test('at the pin they are endive objects: a charge without invoice (no lookup), an invoice item with pricing/parent', async () => {
		const charge = await rawNew('charge', 'charge', { invoice: 'in_1' });
		expect(charge).not.toHaveProperty('invoice');
		expect(charge.payment_intent).toMatch(/^pi_/);
		expect(emu.control.stats().byRoute['GET /v1/invoice_payments']).toBeUndefined();
		const item = await rawNew('invoiceItem', 'invoiceitem', { subscription: 'sub_1' });
		expect(item).toMatchObject({ pricing: { price_details: { price: FIXTURE_PRICE } }, parent: { subscription_details: { subscription: 'sub_1' } } });
		for (const gone of ['plan', 'price', 'subscription', 'created']) expect(item).not.toHaveProperty(gone);
	});

	test('with the acacia override they are acacia objects', async () => {
		const charge = await rawNew('charge', 'charge', { invoice: 'in_1' }, '2025-02-24.acacia');
		expect(charge.invoice).toBe('in_1');
		const item = await rawNew('invoiceItem', 'invoiceitem', { subscription: 'sub_1' }, '2025-02-24.acacia');
		expect(item).toMatchObject({ plan: { id: FIXTURE_PRICE }, subscription: 'sub_1' });
		expect(item).not.toHaveProperty('pricing');
	});
});
