'use strict';
/** Refunds and captures as an AI agent's tool: a model that repeats itself never refunds or captures twice. */
const { callAsTool } = require('../harness/agentTool');
const { useEmulator } = require('../support/useEmulator');
const { paidIntent } = require('../action/payments');

const env = useEmulator();

const createRefund = {
	resource: 'refund',
	operation: 'create',
	refundOf: 'paymentIntent',
	paymentIntentId: { mode: 'id', value: "={{ $fromAI('paymentIntentId', 'The payment intent ID, pi_…', 'string') }}" },
	amountType: 'partial',
	amount: "={{ $fromAI('amount', 'Amount to refund in the smallest unit (cents)', 'number') }}",
};
const capture = { resource: 'paymentIntent', operation: 'capture', paymentIntentId: { mode: 'id', value: "={{ $fromAI('paymentIntentId', 'The payment intent ID, pi_…', 'string') }}" } };

describe.each(['supplyData', 'engine'])('payments as an AI agent tool (n8n-core %s path)', (path) => {
	const call = (parameters, calls) => callAsTool({ parameters, calls, credentials: env.credentials, path });

	test('the same refund asked twice is one refund, and the second answer says so', async () => {
		const intent = await paidIntent(env, { amount: 3000 });
		const { results } = await call(createRefund, [
			{ paymentIntentId: intent.id, amount: 1000 },
			{ paymentIntentId: intent.id, amount: 1000 },
		]);
		const [first, again] = results.map((result) => JSON.parse(result.answer)[0]);
		expect(first).toMatchObject({ amount: 1000, amount_formatted: '10.00 USD' });
		expect(again.id).toBe(first.id);
		expect(again.note).toMatch(new RegExp(`^already created: ${first.id}`));
		expect(env.emu.control.list('refund')).toHaveLength(1);
	});

	test('refunding more than was paid: Stripe\'s reason, code and param reach the model', async () => {
		const intent = await paidIntent(env, { amount: 1000 });
		const { results } = await call(createRefund, [{ paymentIntentId: intent.id, amount: 5000 }]);
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toBe('Create a refund failed: Refund amount ($50.00) is greater than charge amount ($10.00) (code: amount_too_large, param: amount). Correct amount and call again.');
	});

	test('a capture asked twice captures once; the second answer says it was already done', async () => {
		const intent = await paidIntent(env, { manual: true });
		const { results } = await call(capture, [{ paymentIntentId: intent.id }, { paymentIntentId: intent.id }]);
		const [first, again] = results.map((result) => JSON.parse(result.answer)[0]);
		expect(first).toMatchObject({ id: intent.id, status: 'succeeded' });
		expect(again).toMatchObject({ id: intent.id, status: 'succeeded' });
		expect(again.note).toMatch(new RegExp(`^already done: "Capture a payment intent" was called with the same arguments before, so this is Stripe.s answer of then for ${intent.id}`));
		expect(env.emu.control.list('balance_transaction')).toHaveLength(1);
	});
});
