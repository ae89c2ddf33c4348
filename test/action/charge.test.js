'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');
const { paidIntent } = require('./payments');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
// The New Charge trigger's fields (shared mapper), plus the readable amounts, metadata and payment intent.
const CHARGE_RESPONSE = [
	'amount',
	'amount_formatted',
	'amount_refunded',
	'amount_refunded_formatted',
	'captured',
	'created',
	'currency',
	'customer',
	'description',
	'failure_code',
	'failure_message',
	'id',
	'invoice',
	'metadata',
	'order',
	'outcome',
	'paid',
	'payment_intent',
	'receipt_email',
	'receipt_number',
	'refunded',
	'statement_descriptor',
	'status',
];
const byId = (value) => ({ mode: 'id', value });

describe('Charge', () => {
	test('Get: the trigger\'s fields plus readable amounts; after a partial refund the refunded amount reads too', async () => {
		const intent = await paidIntent(env, { amount: 4200 });
		await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge), amountType: 'partial', amount: 1200 });
		const result = await run({ resource: 'charge', operation: 'get', chargeId: { mode: 'list', value: intent.latest_charge } });
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(CHARGE_RESPONSE);
		expect(out).toMatchObject({ id: intent.latest_charge, amount: 4200, amount_formatted: '42.00 USD', amount_refunded: 1200, amount_refunded_formatted: '12.00 USD', refunded: false, captured: true, payment_intent: intent.id, status: 'succeeded', invoice: null });
		const raw = await run({ resource: 'charge', operation: 'get', chargeId: byId(intent.latest_charge), simplify: false });
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ object: 'charge', amount_captured: 4200, balance_transaction: expect.stringMatching(/^txn_/) });
	});

	test('Get Many by customer and by payment intent; Search by customer and status', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
		const first = await paidIntent(env, { customer: customer.id, amount: 1000 });
		const second = await paidIntent(env, { customer: customer.id, amount: 2000 });
		await paidIntent(env, { amount: 3000 });
		const ofCustomer = await run({ resource: 'charge', operation: 'getAll', returnAll: true, filters: { customer: customer.id } });
		expect(ofCustomer.outputOf('Stripe').map((item) => item.json.amount)).toEqual([2000, 1000]);
		const ofIntent = await run({ resource: 'charge', operation: 'getAll', filters: { paymentIntent: first.id } });
		expect(ofIntent.outputOf('Stripe').map((item) => item.json.id)).toEqual([first.latest_charge]);
		const all = await run({ resource: 'charge', operation: 'getAll', limit: 2 });
		expect(all.outputOf('Stripe')).toHaveLength(2);
		const found = await run({ resource: 'charge', operation: 'search', query: `customer:'${customer.id}' AND amount>1500` });
		expect(found.outputOf('Stripe').map((item) => item.json.id)).toEqual([second.latest_charge]);
		const bad = await run({ resource: 'charge', operation: 'search', query: "email:'ada@example.com'" });
		expect(bad.errorOf('Stripe').message).toMatch(/email is not a supported search field for charges/);
	});

	test('Update description, receipt email and metadata; a bad receipt email fails before any request; Continue On Fail', async () => {
		const intent = await paidIntent(env);
		const updated = await run({
			resource: 'charge',
			operation: 'update',
			chargeId: byId(intent.latest_charge),
			updateFields: { description: 'Order 1042', receiptEmail: 'ada@example.com', metadata: { metadataValues: [{ key: 'order', value: '1042' }] } },
		});
		expect(updated.outputOf('Stripe')[0].json).toMatchObject({ description: 'Order 1042', receipt_email: 'ada@example.com', metadata: { order: '1042' } });
		env.emu.control.reset();
		const bad = await run({ resource: 'charge', operation: 'update', chargeId: byId('ch_1'), updateFields: { receiptEmail: 'nope' } });
		expect(bad.errorOf('Stripe').message).toBe('Item 1: "Receipt Email" "nope" is not an email address');
		expect(env.emu.control.stats().requests).toBe(0);
		const mixed = await run({ resource: 'charge', operation: 'get', chargeId: '={{ $json.id }}' }, [{ id: 'ch_missing' }], { onError: 'continueRegularOutput' });
		expect(mixed.outputOf('Stripe')[0].json.error).toMatchObject({ code: 'resource_missing', message: "No such charge: 'ch_missing'" });
	});
});
