'use strict';
/** n8n's Retry after a bulk "create refunds" failed half-way: no refund is made twice — the write users fear most to double. */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');
const { paidIntent } = require('./payments');

const env = useEmulator();

const createRefunds = {
	resource: 'refund',
	operation: 'create',
	refundOf: 'paymentIntent',
	paymentIntentId: '={{ $json.paymentIntent }}',
	amountType: 'partial',
	amount: '={{ $json.cents }}',
	additionalFields: { reason: 'requested_by_customer' },
	options: { requestsPerSecond: 1000, maxConcurrency: 5 },
};

async function orders(count) {
	const rows = [];
	for (let index = 0; index < count; index++) rows.push({ paymentIntent: (await paidIntent(env, { amount: 5000 })).id, cents: 1000 + index });
	return rows;
}

test('a bulk refund fails at item 12; Retry refunds the rest and no payment twice', async () => {
	const items = await orders(24);
	env.emu.control.setLatency(10);
	env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'parameter_invalid', param: 'payment_intent', message: 'Refused by the test', match: { method: 'POST', path: '/v1/refunds', body: `payment_intent=${items[11].paymentIntent}` } }]);
	const first = await runWorkflow({ workflow: stripeWorkflow(createRefunds), credentials: env.credentials, items, executionId: 'refunds-1' });
	const error = first.errorOf('Stripe');
	expect(error.context.itemIndex).toBe(11);
	expect(error.description).toMatch(/^Item 12 failed/);
	expect(error.description).toContain('items already created are not created again');
	const refundedFirst = env.emu.control.list('refund').length;
	expect(refundedFirst).toBeGreaterThanOrEqual(11);
	expect(refundedFirst).toBeLessThan(24);

	const retry = await runWorkflow({ workflow: stripeWorkflow(createRefunds), credentials: env.credentials, items, executionId: 'refunds-2', mode: 'retry' });
	expect(retry.error).toBeUndefined();
	const refunds = env.emu.control.list('refund');
	expect(refunds).toHaveLength(24);
	expect(new Set(refunds.map((refund) => refund.payment_intent)).size).toBe(24);
	const charges = env.emu.control.list('charge');
	expect(charges.map((charge) => charge.amount_refunded).sort()).toEqual(items.map((item) => item.cents).sort());
	expect(env.emu.control.stats().idempotentReplays).toBe(refundedFirst);
	expect(retry.outputOf('Stripe').map((item) => item.json.amount)).toEqual(items.map((item) => item.cents));
});
