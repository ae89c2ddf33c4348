'use strict';
/** Each event emits its documented response item (types included); manual mode; legacy orders. */
const { createPoller } = require('../harness');
const { startEmulator } = require('../emulator');

const T0 = 1_760_000_000;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => {
	emu.control.reset();
	emu.control.setLegacyOrders(true);
	emu.control.clock.setNow(T0);
});

const poller = (parameters, mode = 'trigger') =>
	createPoller({
		node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { simplify: true, options: {}, ...parameters } },
		credentials: { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } },
		mode,
	});

async function firstNew(parameters, type, spec) {
	const trigger = poller(parameters);
	await trigger.poll();
	emu.control.clock.advance(1);
	const [object] = emu.control.createObjects(type, [spec]);
	const out = await trigger.poll();
	expect(out).toHaveLength(1);
	expect(out[0].id).toBe(object.id);
	return out[0];
}

describe('documented items per event', () => {
	test('New Customer: OnNewCustomerResponseItem', async () => {
		const item = await firstNew({ event: 'customer' }, 'customer', { email: 'n@example.com', balance: 12 });
		expect(Object.keys(item).sort()).toEqual(['account_balance', 'created', 'currency', 'delinquent', 'description', 'discount', 'email', 'id']);
		expect(item).toMatchObject({ account_balance: 12, email: 'n@example.com' });
		expect(item.created).toMatch(ISO);
	});

	test('New Charge: OnNewChargeResponseItem with outcome', async () => {
		const outcome = { network_status: 'approved_by_network', reason: null, risk_level: 'normal', risk_score: 12, seller_message: 'Payment complete.', type: 'authorized' };
		const item = await firstNew({ event: 'charge' }, 'charge', { amount: 2599, customer: 'cus_x', invoice: 'in_1', outcome });
		for (const key of ['id', 'amount', 'amount_refunded', 'captured', 'created', 'currency', 'customer', 'description', 'failure_code', 'failure_message', 'invoice', 'order', 'outcome', 'paid', 'receipt_email', 'receipt_number', 'refunded', 'statement_descriptor', 'status']) {
			expect(item).toHaveProperty(key);
		}
		expect(item).toMatchObject({ amount: 2599, customer: 'cus_x', invoice: 'in_1', order: null });
		expect(typeof item.paid).toBe('boolean');
		expect(item.created).toMatch(ISO);
		expect(item.outcome).toEqual({ network_status: 'approved_by_network', reason: null, risk_level: 'normal', seller_message: 'Payment complete.', type: 'authorized' });
	});

	test('New Invoice Item: OnNewInvoiceItemResponseItem with date as ISO 8601', async () => {
		const item = await firstNew({ event: 'invoiceItem' }, 'invoiceitem', { amount: 500, customer: 'cus_y' });
		for (const key of ['id', 'amount', 'currency', 'customer', 'date', 'description', 'discountable', 'invoice', 'plan', 'proration', 'quantity', 'subscription']) {
			expect(item).toHaveProperty(key);
		}
		expect(item).toMatchObject({ amount: 500, customer: 'cus_y' });
		expect(item.date).toMatch(ISO);
	});

	test('New Order (default): completed Checkout Sessions as OnNewOrderResponseItem', async () => {
		const trigger = poller({ event: 'order' });
		await trigger.poll();
		emu.control.clock.advance(1);
		const [paid] = emu.control.createObjects('checkout.session', [
			{ status: 'complete', payment_status: 'paid', amount_total: 4200, currency: 'eur', customer: 'cus_o', customer_details: { email: 'o@example.com' } },
		]);
		emu.control.createObjects('checkout.session', [{ status: 'open', payment_status: 'unpaid', amount_total: 100 }]);
		const out = await trigger.poll();
		expect(out.map((o) => o.id)).toEqual([paid.id]);
		expect(Object.keys(out[0]).sort()).toEqual(['amount', 'amount_returned', 'charge', 'created', 'currency', 'customer', 'email', 'id', 'selected_shipping_method', 'status', 'updated']);
		expect(out[0]).toMatchObject({ amount: 4200, currency: 'eur', customer: 'cus_o', email: 'o@example.com', status: 'paid' });
		expect(['created', 'paid', 'canceled', 'fulfilled', 'returned']).toContain(out[0].status);
		expect(out[0].created).toMatch(ISO);
	});

	test('New Order from the legacy Orders API; a clear error where Stripe no longer answers it', async () => {
		const item = await firstNew({ event: 'order', orderSource: 'legacyOrders' }, 'order', { amount: 1500, status: 'paid', email: 'l@example.com' });
		expect(item).toMatchObject({ amount: 1500, status: 'paid', email: 'l@example.com' });
		emu.control.setLegacyOrders(false);
		await expect(poller({ event: 'order', orderSource: 'legacyOrders' }).poll()).rejects.toThrow(/legacy Orders API is gone/);
	});
});

describe('Fetch Test Event (manual mode)', () => {
	test('returns the most recent real object and leaves the cursor alone', async () => {
		const trigger = poller({ event: 'customer' });
		await trigger.poll();
		emu.control.clock.advance(1);
		const [older, newest] = emu.control.createMany('customer', 2, {});
		const before = trigger.staticData;
		trigger.setMode('manual');
		const out = await trigger.poll();
		expect(out.map((o) => o.id)).toEqual([newest.id]);
		expect(trigger.staticData).toEqual(before);
		trigger.setMode('trigger');
		expect((await trigger.poll()).map((o) => o.id)).toEqual([older.id, newest.id]);
	});

	test('with no object of that type, a clear message', async () => {
		await expect(poller({ event: 'invoiceItem' }, 'manual').poll()).rejects.toThrow(/No invoice items found in this Stripe account \(test mode\)/);
	});

	test('the API key appears in no item and no error', async () => {
		emu.control.createMany('charge', 3, {});
		const out = await poller({ event: 'charge', simplify: false }, 'manual').poll();
		const bad = await createPoller({
			node: { type: 'stripeConnectorTrigger', parameters: { event: 'charge' } },
			credentials: { stripeConnectorApi: { apiKey: 'sk_test_notarealkey999', baseUrl: emu.url } },
		})
			.poll()
			.catch((error) => error);
		const text = JSON.stringify([out, bad.message, bad.description, bad]);
		expect(text).not.toContain(emu.keys.test);
		expect(text).not.toContain('notarealkey999');
	});
});
