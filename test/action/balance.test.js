'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');
const { paidIntent } = require('./payments');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const TXN_RESPONSE = ['amount', 'amount_formatted', 'available_on', 'created', 'currency', 'description', 'fee', 'fee_formatted', 'id', 'net', 'net_formatted', 'reporting_category', 'source', 'status', 'type'];
const byId = (value) => ({ mode: 'id', value });

async function paidAndRefunded() {
	const intent = await paidIntent(env, { amount: 10000 });
	const refund = (await run({ resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge), amountType: 'partial', amount: 2500 })).outputOf('Stripe')[0].json;
	return { intent, refund };
}

describe('Balance and Balance Transaction', () => {
	test('Balance Get: pending funds of a charge and the refund already taken from the available balance, readable', async () => {
		await paidAndRefunded();
		const result = await run({ resource: 'balance', operation: 'get' });
		expect(result.error).toBeUndefined();
		expect(result.outputOf('Stripe')[0].json).toEqual({
			available: [{ amount: -2500, amount_formatted: '-25.00 USD', currency: 'usd' }],
			livemode: false,
			pending: [{ amount: 9680, amount_formatted: '96.80 USD', currency: 'usd' }],
		});
		const raw = await run({ resource: 'balance', operation: 'get', simplify: false });
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ object: 'balance', available: [{ amount: -2500, source_types: { card: -2500 } }] });
	});

	test('Balance Transaction Get Many: one per charge and per refund, filtered by type and source; Get by ID with gross, fee and net', async () => {
		const { intent, refund } = await paidAndRefunded();
		const all = await run({ resource: 'balanceTransaction', operation: 'getAll', returnAll: true });
		const out = all.outputOf('Stripe').map((item) => item.json);
		expect(out.map((txn) => [txn.type, txn.amount, txn.source])).toEqual([
			['refund', -2500, refund.id],
			['charge', 10000, intent.latest_charge],
		]);
		expect(Object.keys(out[1]).sort()).toEqual(TXN_RESPONSE);
		expect(out[1]).toMatchObject({ amount_formatted: '100.00 USD', fee: 320, fee_formatted: '3.20 USD', net: 9680, net_formatted: '96.80 USD', status: 'pending', reporting_category: 'charge' });
		const refunds = await run({ resource: 'balanceTransaction', operation: 'getAll', returnAll: true, filters: { type: 'refund' } });
		expect(refunds.outputOf('Stripe').map((item) => item.json.id)).toEqual([refund.balance_transaction]);
		const ofCharge = await run({ resource: 'balanceTransaction', operation: 'getAll', filters: { source: intent.latest_charge } });
		expect(ofCharge.outputOf('Stripe').map((item) => item.json.type)).toEqual(['charge']);
		const inPayout = await run({ resource: 'balanceTransaction', operation: 'getAll', filters: { payout: 'po_none' } });
		expect(inPayout.outputOf('Stripe')).toEqual([]);
		const one = await run({ resource: 'balanceTransaction', operation: 'get', balanceTransactionId: refund.balance_transaction });
		expect(one.outputOf('Stripe')[0].json).toMatchObject({ id: refund.balance_transaction, type: 'refund', amount: -2500, amount_formatted: '-25.00 USD', net: -2500 });
	});

	test('bad filters fail before any request, naming the item and the field', async () => {
		const dates = await run({ resource: 'balanceTransaction', operation: 'getAll', filters: { createdAfter: '2026-02-01T00:00:00', createdBefore: '2026-01-01T00:00:00' } });
		expect(dates.errorOf('Stripe').message).toBe('Item 1: "Created After" is later than "Created Before"');
		const currency = await run({ resource: 'balanceTransaction', operation: 'getAll', filters: { currency: 'euros' } });
		expect(currency.errorOf('Stripe').message).toMatch(/^Item 1: "Currency" "euros" is not a three-letter ISO currency code/);
		expect(env.emu.control.stats().requests).toBe(0);
	});
});
