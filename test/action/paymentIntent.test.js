'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');
const { paidIntent } = require('./payments');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const INTENT_RESPONSE = [
	'amount',
	'amount_capturable',
	'amount_capturable_formatted',
	'amount_formatted',
	'amount_received',
	'amount_received_formatted',
	'canceled_at',
	'cancellation_reason',
	'capture_method',
	'created',
	'currency',
	'customer',
	'description',
	'id',
	'last_payment_error',
	'latest_charge',
	'metadata',
	'payment_method',
	'receipt_email',
	'status',
];
const byId = (value) => ({ mode: 'id', value });
const create = (extra, items, settings) => run({ resource: 'paymentIntent', operation: 'create', amount: 1999, currency: 'usd', ...extra }, items, settings);

describe('Payment Intent', () => {
	test('Create with customer, description, receipt email and metadata: waits for a payment method; no payment_method_types is sent', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
		const result = await create({
			additionalFields: { customer: customer.id, description: 'Order 1042', receiptEmail: 'ada@example.com', metadata: { metadataValues: [{ key: 'order', value: '1042' }] } },
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(INTENT_RESPONSE);
		expect(out).toMatchObject({
			amount: 1999,
			amount_formatted: '19.99 USD',
			amount_received: 0,
			currency: 'usd',
			customer: customer.id,
			description: 'Order 1042',
			receipt_email: 'ada@example.com',
			metadata: { order: '1042' },
			status: 'requires_payment_method',
			latest_charge: null,
		});
		expect(out.id).toMatch(/^pi_/);
	});

	test('Create and confirm now with a payment method: succeeded, with its charge; three-decimal amounts read right', async () => {
		const paid = await create({ amount: 12340, currency: 'kwd', additionalFields: { paymentMethod: 'pm_card_visa', confirm: true } });
		expect(paid.error).toBeUndefined();
		expect(paid.outputOf('Stripe')[0].json).toMatchObject({ status: 'succeeded', amount_formatted: '12.340 KWD', amount_received: 12340, amount_received_formatted: '12.340 KWD', payment_method: 'pm_card_visa' });
		expect(paid.outputOf('Stripe')[0].json.latest_charge).toMatch(/^ch_/);
	});

	test('manual capture: held, then Capture part of it; capturing again in a re-run gets the first answer; a canceled intent cannot be captured', async () => {
		const held = (await create({ amount: 3000, additionalFields: { captureMethod: 'manual', paymentMethod: 'pm_card_visa', confirm: true } })).outputOf('Stripe')[0].json;
		expect(held).toMatchObject({ status: 'requires_capture', capture_method: 'manual', amount_capturable: 3000, amount_capturable_formatted: '30.00 USD' });
		const capture = () => run({ resource: 'paymentIntent', operation: 'capture', paymentIntentId: byId(held.id), additionalFields: { amountToCapture: 2500 } });
		const captured = await capture();
		expect(captured.outputOf('Stripe')[0].json).toMatchObject({ status: 'succeeded', amount_received: 2500, amount_received_formatted: '25.00 USD', amount_capturable: 0 });
		expect(env.emu.control.list('charge')[0]).toMatchObject({ captured: true, amount_captured: 2500 });
		const again = await capture();
		expect(again.error).toBeUndefined();
		expect(again.outputOf('Stripe')[0].json).toMatchObject({ id: held.id, status: 'succeeded', amount_received: 2500 });
		expect(env.emu.control.stats().idempotentReplays).toBe(1);

		const other = await paidIntent(env, { manual: true });
		const canceled = await run({ resource: 'paymentIntent', operation: 'cancel', paymentIntentId: byId(other.id), additionalFields: { cancellationReason: 'abandoned' } });
		expect(canceled.outputOf('Stripe')[0].json).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned', amount_capturable: 0 });
		expect(canceled.outputOf('Stripe')[0].json.canceled_at).toMatch(/^\d{4}-\d\d-\d\dT/);
		const refused = await run({ resource: 'paymentIntent', operation: 'capture', paymentIntentId: byId(other.id) });
		expect(refused.errorOf('Stripe').message).toBe(
			'Stripe: This PaymentIntent could not be captured because it has a status of canceled. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.',
		);
		expect(refused.errorOf('Stripe').description).toMatch(/code: payment_intent_unexpected_state/);
	});

	test('n8n\'s Retry of a bulk capture that failed half-way captures the rest and fails on none captured the first time', async () => {
		const intents = [];
		for (let index = 0; index < 10; index++) intents.push(await paidIntent(env, { manual: true, amount: 1000 }));
		env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'parameter_invalid', message: 'Refused by the test', match: { method: 'POST', path: `/v1/payment_intents/${intents[5].id}/capture` } }]);
		const parameters = { resource: 'paymentIntent', operation: 'capture', paymentIntentId: '={{ $json.id }}', options: { maxConcurrency: 2 } };
		const items = intents.map((intent) => ({ id: intent.id }));
		const first = await runWorkflow({ workflow: stripeWorkflow(parameters), credentials: env.credentials, items, executionId: 'capture-1' });
		expect(first.errorOf('Stripe').description).toMatch(/^Item 6 failed.*changed in Stripe.*changes already made are not made again/);
		const capturedFirst = env.emu.control.list('payment_intent').filter((intent) => intent.status === 'succeeded').length;
		expect(capturedFirst).toBeGreaterThanOrEqual(5);
		const retry = await runWorkflow({ workflow: stripeWorkflow(parameters), credentials: env.credentials, items, executionId: 'capture-2', mode: 'retry' });
		expect(retry.error).toBeUndefined();
		expect(retry.outputOf('Stripe').map((item) => item.json.status)).toEqual(Array(10).fill('succeeded'));
		expect(env.emu.control.list('balance_transaction')).toHaveLength(10);
	});

	test.each([
		['an amount in dollars', { amount: 19.99 }, /^Item 1: "Amount" must be a whole number in the smallest unit of USD/],
		['a three-decimal amount not ending in 0', { amount: 1234, currency: 'kwd' }, /^Item 1: "Amount" must be a multiple of 10 in KWD/],
		['a currency that is not a code', { currency: 'dollars' }, /^Item 1: "Currency" "dollars" is not a three-letter ISO currency code/],
		['a bad receipt email', { additionalFields: { receiptEmail: 'ada.example.com' } }, /^Item 1: "Receipt Email" "ada.example.com" is not an email address/],
		['confirm without a payment method', { additionalFields: { confirm: true } }, /^Item 1: "Payment Method" is required to confirm now/],
	])('bad input (%s) fails before any request', async (_name, change, message) => {
		const result = await create(change);
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('Get, Get Many by customer, Search by status; Simplify off gives Stripe\'s object; Continue On Fail on a bad ID', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
		const mine = await paidIntent(env, { customer: customer.id, amount: 700 });
		const open = (await create({ additionalFields: { customer: customer.id } })).outputOf('Stripe')[0].json;
		await paidIntent(env, { amount: 800 });
		const ofCustomer = await run({ resource: 'paymentIntent', operation: 'getAll', returnAll: true, filters: { customer: customer.id } });
		expect(ofCustomer.outputOf('Stripe').map((item) => item.json.id)).toEqual([open.id, mine.id]);
		const found = await run({ resource: 'paymentIntent', operation: 'search', query: `customer:'${customer.id}' AND status:'succeeded'` });
		expect(found.outputOf('Stripe').map((item) => item.json.id)).toEqual([mine.id]);
		const raw = await run({ resource: 'paymentIntent', operation: 'get', paymentIntentId: { mode: 'list', value: mine.id }, simplify: false });
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ id: mine.id, object: 'payment_intent', client_secret: expect.any(String), automatic_payment_methods: { enabled: true } });
		const items = [{ id: mine.id }, { id: 'pi_missing' }];
		const mixed = await run({ resource: 'paymentIntent', operation: 'get', paymentIntentId: '={{ $json.id }}' }, items, { onError: 'continueRegularOutput' });
		const out = mixed.outputOf('Stripe').map((item) => item.json);
		expect(out[0]).toMatchObject({ id: mine.id, amount_formatted: '7.00 USD' });
		expect(out[1].error).toMatchObject({ code: 'resource_missing', message: "No such payment_intent: 'pi_missing'" });
	});
});
