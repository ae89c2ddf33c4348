'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');
const { paidIntent } = require('./payments');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const REFUND_RESPONSE = ['amount', 'amount_formatted', 'balance_transaction', 'charge', 'created', 'currency', 'failure_reason', 'id', 'metadata', 'payment_intent', 'reason', 'receipt_number', 'status'];
const byId = (value) => ({ mode: 'id', value });
const chargeOf = (id) => env.emu.control.list('charge').find((charge) => charge.id === id);

describe('Refund', () => {
	test('Create a partial refund of a charge with reason and metadata, then the rest by payment intent: the charge ends refunded', async () => {
		const intent = await paidIntent(env, { amount: 2000 });
		const partial = await run({
			resource: 'refund',
			operation: 'create',
			refundOf: 'charge',
			chargeId: { mode: 'list', value: intent.latest_charge },
			amountType: 'partial',
			amount: 750,
			additionalFields: { reason: 'requested_by_customer', metadata: { metadataValues: [{ key: 'ticket', value: 'T-9' }] } },
		});
		expect(partial.error).toBeUndefined();
		const out = partial.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(REFUND_RESPONSE);
		expect(out).toMatchObject({ amount: 750, amount_formatted: '7.50 USD', charge: intent.latest_charge, payment_intent: intent.id, reason: 'requested_by_customer', status: 'succeeded', metadata: { ticket: 'T-9' } });
		expect(out.id).toMatch(/^re_/);
		expect(out.balance_transaction).toMatch(/^txn_/);
		expect(chargeOf(intent.latest_charge)).toMatchObject({ amount_refunded: 750, refunded: false });

		const rest = await run({ resource: 'refund', operation: 'create', refundOf: 'paymentIntent', paymentIntentId: byId(intent.id), amountType: 'full' });
		expect(rest.outputOf('Stripe')[0].json).toMatchObject({ amount: 1250, amount_formatted: '12.50 USD', charge: intent.latest_charge });
		expect(chargeOf(intent.latest_charge)).toMatchObject({ amount_refunded: 2000, refunded: true });
	});

	test('a zero-decimal currency: the readable amount has no decimals', async () => {
		const intent = await paidIntent(env, { amount: 5000, currency: 'jpy' });
		const result = await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge), amountType: 'partial', amount: 1200 });
		expect(result.outputOf('Stripe')[0].json).toMatchObject({ amount: 1200, currency: 'jpy', amount_formatted: '1200 JPY' });
	});

	test('refunding more than was charged, or a payment already refunded, fails naming the item and the field, with Stripe\'s reason', async () => {
		const intent = await paidIntent(env, { amount: 1000 });
		const result = await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge), amountType: 'partial', amount: 1500 });
		const error = result.errorOf('Stripe');
		expect(error.message).toBe('Item 1: "Amount to Refund" is more than is left to refund. Stripe: Refund amount ($15.00) is greater than charge amount ($10.00)');
		expect(error.description).toMatch(/code: amount_too_large · param: amount/);
		expect(chargeOf(intent.latest_charge)).toMatchObject({ amount_refunded: 0, refunded: false });
		await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge) });
		const again = await run({ resource: 'refund', operation: 'create', refundOf: 'paymentIntent', paymentIntentId: byId(intent.id) });
		expect(again.errorOf('Stripe').message).toBe(`Item 1: "Payment Intent" is already refunded in full. Stripe: Charge ${intent.latest_charge} has already been refunded.`);
	});

	test.each([
		['an amount in dollars', { amount: 4.5 }, /^Item 2: "Amount to Refund" must be a whole number in the currency's smallest unit, not "4.5" \(e.g. 19.99 USD is 1999\)$/],
		['an amount of 0', { amount: 0 }, /^Item 2: "Amount to Refund" must be at least 1, not 0$/],
		['no charge', { chargeId: byId('') }, /^Item 2: "Charge"/],
	])('bad input (%s) on item 2 fails before any request', async (_name, change, message) => {
		const intent = await paidIntent(env);
		env.emu.control.reset();
		const parameters = { resource: 'refund', operation: 'create', amountType: 'partial', chargeId: '={{ $json.charge }}', amount: '={{ $json.amount }}' };
		const items = [{ charge: byId(intent.latest_charge), amount: 100 }, { charge: change.chargeId ?? byId(intent.latest_charge), amount: change.amount ?? 100 }];
		const result = await run(parameters, items);
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('with Continue On Fail an over-refund is an error item and the other refunds are made', async () => {
		const intents = [await paidIntent(env, { amount: 1000 }), await paidIntent(env, { amount: 1000 }), await paidIntent(env, { amount: 1000 })];
		const items = intents.map((intent, index) => ({ charge: intent.latest_charge, cents: index === 1 ? 5000 : 400 }));
		const result = await run(
			{ resource: 'refund', operation: 'create', chargeId: '={{ $json.charge }}', amountType: 'partial', amount: '={{ $json.cents }}' },
			items,
			{ onError: 'continueRegularOutput' },
		);
		const out = result.outputOf('Stripe').map((item) => item.json);
		expect(out).toHaveLength(3);
		expect(out[1].error).toMatchObject({ code: 'amount_too_large', param: 'amount', message: 'Refund amount ($50.00) is greater than charge amount ($10.00)' });
		expect([out[0].amount, out[2].amount]).toEqual([400, 400]);
		expect(env.emu.control.list('refund')).toHaveLength(2);
	});

	test('Get, Get Many by charge and by payment intent, Update metadata; Simplify off gives Stripe\'s object', async () => {
		const first = await paidIntent(env);
		const second = await paidIntent(env);
		const refund = async (intent, amount) =>
			(await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge), amountType: 'partial', amount })).outputOf('Stripe')[0].json;
		const a = await refund(first, 100);
		const b = await refund(first, 200);
		const c = await refund(second, 300);
		const all = await run({ resource: 'refund', operation: 'getAll', returnAll: true });
		expect(all.outputOf('Stripe').map((item) => item.json.id)).toEqual([c.id, b.id, a.id]);
		const ofCharge = await run({ resource: 'refund', operation: 'getAll', returnAll: true, filters: { charge: first.latest_charge } });
		expect(ofCharge.outputOf('Stripe').map((item) => item.json.amount)).toEqual([200, 100]);
		const ofIntent = await run({ resource: 'refund', operation: 'getAll', limit: 1, filters: { paymentIntent: second.id } });
		expect(ofIntent.outputOf('Stripe').map((item) => item.json.id)).toEqual([c.id]);
		const updated = await run({ resource: 'refund', operation: 'update', refundId: a.id, updateFields: { metadata: { metadataValues: [{ key: 'note', value: 'goodwill' }] } } });
		expect(updated.outputOf('Stripe')[0].json).toMatchObject({ id: a.id, amount: 100, metadata: { note: 'goodwill' } });
		const raw = await run({ resource: 'refund', operation: 'get', refundId: a.id, simplify: false });
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ id: a.id, object: 'refund', amount: 100, metadata: { note: 'goodwill' }, destination_details: expect.any(Object) });
	});

	test('Cancel: a refund waiting for action is canceled, and a re-run of the same work gets that answer again; Stripe refuses a refund already sent', async () => {
		const intent = await paidIntent(env);
		const refund = async () => (await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge), amountType: 'partial', amount: 100 })).outputOf('Stripe')[0].json;
		const sentAlready = await refund();
		const refused = await run({ resource: 'refund', operation: 'cancel', refundId: sentAlready.id });
		expect(refused.errorOf('Stripe').message).toBe('Stripe: Only refunds with a status of requires_action can be canceled. This refund has a status of succeeded.');

		const waiting = (await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge), amountType: 'partial', amount: 200 })).outputOf('Stripe')[0].json;
		env.emu.control.updateObject('refund', waiting.id, { status: 'requires_action' }, 'refund.updated');
		const cancel = () => run({ resource: 'refund', operation: 'cancel', refundId: waiting.id });
		expect((await cancel()).outputOf('Stripe')[0].json).toMatchObject({ id: waiting.id, status: 'canceled' });
		expect(chargeOf(intent.latest_charge)).toMatchObject({ amount_refunded: 100, refunded: false });
		const again = await cancel();
		expect(again.error).toBeUndefined();
		expect(again.outputOf('Stripe')[0].json).toMatchObject({ id: waiting.id, status: 'canceled' });
		expect(env.emu.control.stats().idempotentReplays).toBe(1);
	});
});
