'use strict';
/**
 * The README's restricted-key rows for Invoice and Invoice Item (the pattern of restrictedKeys.test.js):
 * each row's operations run with a key holding exactly its permissions, and one permission less is refused.
 */
const { runWorkflow } = require('../harness');
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('../action/workflow');

const env = useEmulator();
const byId = (value) => ({ mode: 'id', value });
const refusedFor = (permission) => new RegExp(`Having the 'rak_${permission}' permission would allow this request to continue`);

async function runAction(apiKey, parameters) {
	const result = await runWorkflow({ workflow: stripeWorkflow(parameters), credentials: { stripeConnectorApi: { apiKey, baseUrl: env.emu.url } } });
	return { error: result.errorOf('Stripe'), items: result.outputOf('Stripe').map((item) => item.json) };
}

async function draftWithItem() {
	const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
	const { post } = emulatorApi(env);
	const invoice = await post('/v1/invoices', `customer=${customer.id}`);
	const item = await post('/v1/invoiceitems', `customer=${customer.id}&invoice=${invoice.id}&amount=500&currency=usd`);
	return { customer, invoice, item };
}

describe('row "Invoice → Get / Get Many / Search, Invoice Item → Get / Get Many": Invoices: Read', () => {
	const key = 'rk_test_invoices_read';

	test('every read of both resources', async () => {
		const { invoice, item } = await draftWithItem();
		const reads = [
			{ resource: 'invoice', operation: 'get', invoiceId: byId(invoice.id) },
			{ resource: 'invoice', operation: 'getAll', returnAll: true },
			{ resource: 'invoice', operation: 'search', query: "status:'draft'", returnAll: true },
			{ resource: 'invoiceItem', operation: 'get', invoiceItemId: byId(item.id) },
			{ resource: 'invoiceItem', operation: 'getAll', returnAll: true },
		];
		for (const parameters of reads) {
			const run = await runAction(key, parameters);
			expect([parameters.resource, parameters.operation, run.error]).toEqual([parameters.resource, parameters.operation, undefined]);
			expect(run.items.map((found) => found.id)).toEqual([parameters.resource === 'invoice' ? invoice.id : item.id]);
		}
	});

	test('one permission less: Customers: Read cannot read invoices', async () => {
		const { invoice } = await draftWithItem();
		const run = await runAction('rk_test_customers_read', { resource: 'invoice', operation: 'get', invoiceId: byId(invoice.id) });
		expect(run.error.message).toMatch(refusedFor('invoice_read'));
	});
});

describe('row "Invoice → Create / Add Line / Finalize / Send / Pay / Void / Mark Uncollectible / Delete, Invoice Item → Create / Update / Delete": Invoices: Write', () => {
	const key = 'rk_test_invoices_write';

	test('every write of both resources', async () => {
		const { customer, invoice: draft, item } = await draftWithItem();
		const created = await runAction(key, { resource: 'invoice', operation: 'create', customerId: byId(customer.id) });
		expect(created.error).toBeUndefined();
		const id = created.items[0].id;
		const steps = [
			{ resource: 'invoice', operation: 'addLine', invoiceId: byId(id), customerId: byId(customer.id), billBy: 'amount', amount: 900, currency: 'usd' },
			{ resource: 'invoiceItem', operation: 'create', customerId: byId(customer.id), billBy: 'amount', amount: 100, currency: 'usd' },
			{ resource: 'invoiceItem', operation: 'update', invoiceItemId: byId(item.id), updateFields: { description: 'Changed' } },
			{ resource: 'invoiceItem', operation: 'delete', invoiceItemId: byId(item.id) },
			{ resource: 'invoice', operation: 'delete', invoiceId: byId(draft.id) },
			{ resource: 'invoice', operation: 'finalize', invoiceId: byId(id) },
			{ resource: 'invoice', operation: 'send', invoiceId: byId(id) },
			{ resource: 'invoice', operation: 'markUncollectible', invoiceId: byId(id) },
			{ resource: 'invoice', operation: 'pay', invoiceId: byId(id), paidOutOfBand: true },
		];
		for (const parameters of steps) expect([parameters.operation, (await runAction(key, parameters)).error]).toEqual([parameters.operation, undefined]);
		const voided = await draftWithItem();
		await runAction(key, { resource: 'invoice', operation: 'finalize', invoiceId: byId(voided.invoice.id) });
		expect((await runAction(key, { resource: 'invoice', operation: 'void', invoiceId: byId(voided.invoice.id) })).items[0].status).toBe('void');
	});

	test('one permission less: Invoices: Read cannot create an invoice', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{}]);
		const run = await runAction('rk_test_invoices_read', { resource: 'invoice', operation: 'create', customerId: byId(customer.id) });
		expect(run.error.message).toMatch(refusedFor('invoice_write'));
		expect(env.emu.control.list('invoice')).toEqual([]);
	});
});
