'use strict';
/**
 * The README's restricted-key rows for the payments resources: each operation runs with a key
 * holding exactly the row's permissions (the emulator answers Stripe's 403 for anything more), and
 * one permission less is refused, so the check can fail.
 */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('../action/workflow');
const { paidIntent } = require('../action/payments');

const env = useEmulator();

async function runAction(apiKey, parameters) {
	const result = await runWorkflow({ workflow: stripeWorkflow(parameters), credentials: { stripeConnectorApi: { apiKey, baseUrl: env.emu.url } } });
	return { error: result.errorOf('Stripe'), items: result.outputOf('Stripe').map((item) => item.json) };
}

const refusedFor = (permission) => new RegExp(`Having the 'rak_${permission}' permission would allow this request to continue`);
const byId = (value) => ({ mode: 'id', value });

async function allPass(key, operations) {
	for (const parameters of operations) {
		const { error, items } = await runAction(key, parameters);
		expect([parameters.resource, parameters.operation, error?.message]).toEqual([parameters.resource, parameters.operation, undefined]);
		expect(items.length).toBeGreaterThan(0);
	}
}

describe('payments rows of the restricted-key table', () => {
	test('row "Payment Intent → Get / Get Many / Search": PaymentIntents: Read; Charges: Read alone is refused', async () => {
		const intent = await paidIntent(env);
		await allPass('rk_test_payment_intents_read', [
			{ resource: 'paymentIntent', operation: 'get', paymentIntentId: byId(intent.id) },
			{ resource: 'paymentIntent', operation: 'getAll' },
			{ resource: 'paymentIntent', operation: 'search', query: "status:'succeeded'" },
		]);
		const refused = await runAction('rk_test_charges_read', { resource: 'paymentIntent', operation: 'get', paymentIntentId: byId(intent.id) });
		expect(refused.error.message).toMatch(refusedFor('payment_intent_read'));
	});

	test('row "Payment Intent → Create / Capture / Cancel": PaymentIntents: Write; Read is refused', async () => {
		const held = await paidIntent(env, { manual: true });
		const other = await paidIntent(env, { manual: true });
		await allPass('rk_test_payment_intents_write', [
			{ resource: 'paymentIntent', operation: 'create', amount: 1000, currency: 'usd', additionalFields: { paymentMethod: 'pm_card_visa', confirm: true } },
			{ resource: 'paymentIntent', operation: 'capture', paymentIntentId: byId(held.id) },
			{ resource: 'paymentIntent', operation: 'cancel', paymentIntentId: byId(other.id) },
		]);
		const refused = await runAction('rk_test_payment_intents_read', { resource: 'paymentIntent', operation: 'create', amount: 1000, currency: 'usd' });
		expect(refused.error.message).toMatch(refusedFor('payment_intent_write'));
	});

	test('rows "Charge → Get / Get Many / Search": Charges: Read and "Charge → Update": Charges: Write', async () => {
		const intent = await paidIntent(env);
		await allPass('rk_test_charges_read', [
			{ resource: 'charge', operation: 'get', chargeId: byId(intent.latest_charge) },
			{ resource: 'charge', operation: 'getAll' },
			{ resource: 'charge', operation: 'search', query: "status:'succeeded'" },
		]);
		await allPass('rk_test_charges_write', [{ resource: 'charge', operation: 'update', chargeId: byId(intent.latest_charge), updateFields: { description: 'x' } }]);
		const refused = await runAction('rk_test_charges_read', { resource: 'charge', operation: 'update', chargeId: byId(intent.latest_charge), updateFields: { description: 'x' } });
		expect(refused.error.message).toMatch(refusedFor('charge_write'));
	});

	test('rows "Refund → Get / Get Many": Refunds: Read and "Refund → Create / Update / Cancel": Refunds: Write; Charges: Write cannot refund', async () => {
		const intent = await paidIntent(env);
		const refused = await runAction('rk_test_charges_write', { resource: 'refund', operation: 'create', chargeId: byId(intent.latest_charge) });
		expect(refused.error.message).toMatch(refusedFor('refund_write'));
		await allPass('rk_test_refunds_write', [
			{ resource: 'refund', operation: 'create', refundOf: 'paymentIntent', paymentIntentId: byId(intent.id), amountType: 'partial', amount: 100 },
		]);
		const [refund] = env.emu.control.list('refund');
		env.emu.control.updateObject('refund', refund.id, { status: 'requires_action' });
		await allPass('rk_test_refunds_write', [
			{ resource: 'refund', operation: 'update', refundId: refund.id, updateFields: { metadata: { metadataValues: [{ key: 'a', value: 'b' }] } } },
			{ resource: 'refund', operation: 'cancel', refundId: refund.id },
		]);
		await allPass('rk_test_refunds_read', [
			{ resource: 'refund', operation: 'get', refundId: refund.id },
			{ resource: 'refund', operation: 'getAll' },
		]);
	});

	test('row "Balance → Get, Balance Transaction → Get / Get Many": Balance: Read; Charges: Read alone is refused', async () => {
		const intent = await paidIntent(env);
		const [txn] = env.emu.control.list('balance_transaction');
		await allPass('rk_test_balance_read', [
			{ resource: 'balance', operation: 'get' },
			{ resource: 'balanceTransaction', operation: 'get', balanceTransactionId: txn.id },
			{ resource: 'balanceTransaction', operation: 'getAll', filters: { source: intent.latest_charge } },
		]);
		const refused = await runAction('rk_test_charges_read', { resource: 'balanceTransaction', operation: 'getAll' });
		expect(refused.error.message).toMatch(refusedFor('balance_read'));
	});
});
