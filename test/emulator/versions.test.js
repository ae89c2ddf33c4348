'use strict';
/** Stripe-Version per request: endive shapes and parameters by default, older lines on request. */
const { startEmulator } = require('.');
const { receiveWebhooks } = require('../support/webhookReceiver');

const ACACIA = '2025-02-24.acacia';
let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.control.reset());

async function call(method, path, { version, body } = {}) {
	const response = await fetch(emu.url + path, {
		method,
		headers: {
			authorization: `Bearer ${emu.keys.test}`,
			'content-type': 'application/x-www-form-urlencoded',
			...(version ? { 'stripe-version': version } : {}),
		},
		body,
	});
	return { status: response.status, body: await response.json() };
}

describe('parameters of the version', () => {
	test('customer create: coupon/promotion_code refused since basil, accepted by acacia', async () => {
		for (const body of ['coupon=SUMMER', 'promotion_code=promo_1']) {
			const endive = await call('POST', '/v1/customers', { body });
			expect(endive.status).toBe(400);
			expect(endive.body.error.code).toBe('parameter_unknown');
			expect((await call('POST', '/v1/customers', { body, version: ACACIA })).status).toBe(200);
		}
	});

	test('customer business_name/individual_name: accepted since clover, unknown to acacia', async () => {
		const created = await call('POST', '/v1/customers', { body: 'business_name=Acme&individual_name=Ada' });
		expect(created.body).toMatchObject({ business_name: 'Acme', individual_name: 'Ada' });
		expect((await call('POST', `/v1/customers/${created.body.id}`, { body: 'business_name=' })).body).toMatchObject({ business_name: null });
		expect((await call('POST', '/v1/customers', { body: 'business_name=Acme', version: ACACIA })).body.error.param).toBe('business_name');
	});
});

describe('shapes of the version', () => {
	test('a charge paid for an invoice: endive links it through an InvoicePayment, acacia shows charge.invoice', async () => {
		const [charge] = emu.control.createObjects('charge', [{ amount: 500, invoice: 'in_1' }]);
		const endive = (await call('GET', `/v1/charges/${charge.id}`)).body;
		expect(endive).not.toHaveProperty('invoice');
		const payments = await call('GET', `/v1/invoice_payments?payment[type]=payment_intent&payment[payment_intent]=${endive.payment_intent}`);
		expect(payments.body.data).toEqual([expect.objectContaining({ object: 'invoice_payment', invoice: 'in_1', payment: { type: 'payment_intent', payment_intent: endive.payment_intent } })]);
		expect((await call('GET', `/v1/charges/${charge.id}`, { version: ACACIA })).body.invoice).toBe('in_1');
		expect((await call('GET', '/v1/charges', { version: ACACIA })).body.data[0].invoice).toBe('in_1');
		expect((await call('GET', '/v1/invoice_payments?payment[payment_intent]=pi_1')).body.error.param).toBe('payment[type]');
	});

	test('a checkout session: collected_information.shipping_details and ui_mode hosted_page; acacia: shipping_details and hosted', async () => {
		const shipping = { name: 'Ada', address: { city: 'London', country: 'GB', line1: '1 Way', line2: null, postal_code: 'N1', state: null } };
		const [session] = emu.control.createObjects('checkout.session', [{ status: 'complete', shipping_details: shipping }]);
		const endive = (await call('GET', `/v1/checkout/sessions/${session.id}`)).body;
		expect(endive).toMatchObject({ ui_mode: 'hosted_page', collected_information: { shipping_details: shipping } });
		expect(endive).not.toHaveProperty('shipping_details');
		const acacia = (await call('GET', `/v1/checkout/sessions/${session.id}`, { version: ACACIA })).body;
		expect(acacia).toMatchObject({ ui_mode: 'hosted', shipping_details: shipping });
		expect(acacia).not.toHaveProperty('collected_information');
	});

	test('a customer discount: endive discount.source.coupon (an id unless expanded), acacia discount.coupon (embedded)', async () => {
		const coupon = { id: 'SUMMER', object: 'coupon', percent_off: 10 };
		const [customer] = emu.control.createObjects('customer', [{ discount: { object: 'discount', coupon, start: 1 } }]);
		const path = `/v1/customers/${customer.id}`;
		expect((await call('GET', path)).body.discount).toMatchObject({ source: { type: 'coupon', coupon: 'SUMMER' } });
		expect((await call('GET', `${path}?expand[]=discount.source.coupon`)).body.discount).toMatchObject({ source: { type: 'coupon', coupon } });
		expect((await call('GET', '/v1/customers?expand[]=data.discount.source.coupon')).body.data[0].discount.source.coupon).toMatchObject(coupon);
		expect((await call('GET', path)).body.discount.source.coupon).toBe('SUMMER');
		expect((await call('GET', path, { version: ACACIA })).body.discount).toMatchObject({ coupon });
		const refused = await call('GET', `${path}?expand[]=discount.source.coupon`, { version: ACACIA });
		expect(refused.status).toBe(400);
		expect(refused.body.error.message).toBe('This property cannot be expanded (discount.source).');
	});

	test('webhook events follow the endpoint\'s api_version', async () => {
		const receiver = await receiveWebhooks();
		const url = receiver.url;
		await call('POST', '/v1/webhook_endpoints', { body: `url=${encodeURIComponent(url)}&enabled_events[0]=charge.succeeded&api_version=${ACACIA}` });
		await call('POST', '/v1/webhook_endpoints', { body: `url=${encodeURIComponent(url)}&enabled_events[0]=charge.succeeded` });
		emu.control.createObjects('charge', [{ invoice: 'in_9' }]);
		await emu.control.webhooks.idle();
		await receiver.close();
		const byVersion = Object.fromEntries(receiver.events.map((event) => [event.api_version, event.data.object]));
		expect(byVersion[ACACIA].invoice).toBe('in_9');
		expect(byVersion['2026-10-28.endive']).not.toHaveProperty('invoice');
	});
});
