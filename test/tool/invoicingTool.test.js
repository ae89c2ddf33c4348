'use strict';
/** Invoice state changes as an AI agent's tool: a repeated call is answered, not refused; a wrong state reads as the rule. */
const { callAsTool } = require('../harness/agentTool');
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();

const invoiceAction = (operation) => ({ resource: 'invoice', operation, invoiceId: { mode: 'id', value: "={{ $fromAI('invoiceId', 'The invoice ID, in_…', 'string') }}" } });

async function draftInvoice() {
	const { post } = emulatorApi(env);
	const customer = await post('/v1/customers', 'email=ada@example.com');
	const invoice = await post('/v1/invoices', `customer=${customer.id}`);
	await post('/v1/invoiceitems', `customer=${customer.id}&invoice=${invoice.id}&amount=1200&currency=usd`);
	return invoice.id;
}

describe.each(['supplyData', 'engine'])('invoice state changes as an AI agent tool (n8n-core %s path)', (path) => {
	const call = (parameters, calls) => callAsTool({ parameters, calls, credentials: env.credentials, path });

	test('the model finalizes the same invoice twice: one finalization, and the second answer says it was done before', async () => {
		const id = await draftInvoice();
		const { results } = await call(invoiceAction('finalize'), [{ invoiceId: id }, { invoiceId: id }]);
		const [first, again] = results.map((result) => JSON.parse(result.answer)[0]);
		expect(first).toMatchObject({ id, status: 'open', amount_due_formatted: '12.00 USD' });
		expect(first.note).toBeUndefined();
		expect(again).toMatchObject({ id, status: 'open' });
		expect(again.note).toMatch(/^already done: "Finalize an invoice" was called with the same arguments before/);
		expect(env.emu.control.events('invoice.finalized')).toHaveLength(1);
	});

	test('paying a void invoice: the model reads the rule and Stripe\'s words', async () => {
		const id = await draftInvoice();
		await call(invoiceAction('finalize'), [{ invoiceId: id }]);
		await call(invoiceAction('void'), [{ invoiceId: id }]);
		const { results } = await call(invoiceAction('pay'), [{ invoiceId: id }]);
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toMatch(/^Pay an invoice failed: .*void/);
		expect(env.emu.control.list('invoice')[0].status).toBe('void');
	});
});
