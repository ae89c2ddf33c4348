'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const SESSION_RESPONSE = ['amount_formatted', 'amount_total', 'cancel_url', 'created', 'currency', 'customer', 'customer_email', 'expires_at', 'id', 'metadata', 'mode', 'payment_intent', 'payment_status', 'status', 'subscription', 'success_url', 'url'];

async function priceOf(unitAmount, recurring) {
	const [product] = env.emu.control.createObjects('product', [{ name: `Thing ${unitAmount}` }]);
	const extra = recurring ? { billing: 'recurring', interval: 'month' } : {};
	const result = await run({ resource: 'price', operation: 'create', productId: { mode: 'id', value: product.id }, currency: 'usd', unitAmount, ...extra });
	return result.outputOf('Stripe')[0].json.id;
}

const create = (extra) => run({ resource: 'checkoutSession', operation: 'create', successUrl: 'https://shop.example.com/thanks?session_id={CHECKOUT_SESSION_ID}', ...extra });
const lines = (...entries) => ({ lineItem: entries.map(([price, quantity]) => ({ price, quantity })) });

describe('Checkout Session', () => {
	test('Create in payment mode: the checkout URL, the total in cents and readable, metadata and expiry', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
		const price = await priceOf(1250);
		const expiresAt = new Date(Date.now() + 2 * 3600 * 1000).toISOString();
		const result = await create({
			mode: 'payment',
			lineItems: lines([price, 2]),
			additionalFields: { customer: customer.id, cancelUrl: 'https://shop.example.com/cart', allowPromotionCodes: true, expiresAt, metadata: { metadataValues: [{ key: 'order', value: '1042' }] } },
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(SESSION_RESPONSE);
		expect(out).toMatchObject({ mode: 'payment', status: 'open', payment_status: 'unpaid', amount_total: 2500, amount_formatted: '25.00 USD', customer: customer.id, metadata: { order: '1042' } });
		expect(out.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
		expect(Date.parse(out.expires_at)).toBe(Math.floor(Date.parse(expiresAt) / 1000) * 1000);
		// The emulator refuses payment_method_types on create, as endive does: this create sent none.
		expect(env.emu.control.list('checkout.session')[0].allow_promotion_codes).toBe(true);
	});

	test('subscription mode needs a recurring price, payment mode refuses one (Stripe\'s errors)', async () => {
		const oneOff = await priceOf(900);
		const monthly = await priceOf(900, true);
		const subscription = await create({ mode: 'subscription', lineItems: lines([monthly, 1]), additionalFields: { customerEmail: 'grace@example.com' } });
		expect(subscription.outputOf('Stripe')[0].json).toMatchObject({ mode: 'subscription', customer_email: 'grace@example.com' });
		const wrong = await create({ mode: 'subscription', lineItems: lines([oneOff, 1]) });
		expect(wrong.errorOf('Stripe').message).toMatch(/at least one recurring price in `subscription` mode/);
		const mixed = await create({ mode: 'payment', lineItems: lines([monthly, 1]) });
		expect(mixed.errorOf('Stripe').message).toMatch(/`payment` mode but passed a recurring price/);
	});

	test('setup mode takes a currency and no line items', async () => {
		const result = await create({ mode: 'setup', currency: 'eur' });
		expect(result.error).toBeUndefined();
		expect(result.outputOf('Stripe')[0].json).toMatchObject({ mode: 'setup', currency: 'eur', amount_total: null, payment_status: 'no_payment_required' });
	});

	test.each([
		['customer and customer email', { additionalFields: { customer: 'cus_1', customerEmail: 'a@example.com' } }, /^Item 1: "Customer Email" cannot be used with "Customer ID"/],
		['an expiry 10 minutes away', { additionalFields: { expiresAt: '={{ $now.plus({ minutes: 10 }).toISO() }}' } }, /^Item 1: "Expires At" must be between 30 minutes and 24 hours from now/],
		['no success URL', { successUrl: '={{ "" }}' }, /^Item 1: "Success URL" is required/],
		['no line items in payment mode', { lineItems: {} }, /^Item 1: "Line Items" needs at least one price/],
	])('bad input (%s) fails before any request', async (_name, change, message) => {
		const result = await create({ mode: 'payment', lineItems: lines(['price_1', 1]), ...change });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('Get with and without line items; Expire; an expired session cannot expire again', async () => {
		const price = await priceOf(400);
		const id = (await create({ mode: 'payment', lineItems: lines([price, 3]) })).outputOf('Stripe')[0].json.id;
		const plain = await run({ resource: 'checkoutSession', operation: 'get', checkoutSessionId: id });
		expect(plain.outputOf('Stripe')[0].json).not.toHaveProperty('line_items');
		const full = await run({ resource: 'checkoutSession', operation: 'get', checkoutSessionId: id, includeLineItems: true });
		expect(full.outputOf('Stripe')[0].json.line_items).toEqual([expect.objectContaining({ price, quantity: 3, amount_total: 1200, amount_formatted: '12.00 USD' })]);

		const expired = await run({ resource: 'checkoutSession', operation: 'expire', checkoutSessionId: id });
		expect(expired.outputOf('Stripe')[0].json).toMatchObject({ id, status: 'expired', url: null });
		const again = await run({ resource: 'checkoutSession', operation: 'expire', checkoutSessionId: id });
		expect(again.errorOf('Stripe').message).toMatch(/can be expired\. This Checkout Session has a status of "expired"/);
	});

	test('Get Many by status, customer and payment intent', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'x@example.com' }]);
		env.emu.control.createObjects('checkout.session', [
			{ status: 'complete', payment_status: 'paid', customer: customer.id, payment_intent: 'pi_1' },
			{ status: 'complete', payment_status: 'paid', customer: null, payment_intent: 'pi_2' },
			{ status: 'open', payment_status: 'unpaid', customer: customer.id, payment_intent: null },
		]);
		const many = (filters) => run({ resource: 'checkoutSession', operation: 'getAll', returnAll: true, filters }).then((r) => r.outputOf('Stripe').map((i) => i.json));
		expect(await many({ status: 'complete' })).toHaveLength(2);
		expect(await many({ customer: customer.id })).toHaveLength(2);
		expect(await many({ paymentIntent: 'pi_2' })).toEqual([expect.objectContaining({ payment_intent: 'pi_2', customer: null })]);
		expect(await many({ status: 'open', customer: customer.id })).toHaveLength(1);
	});
});
