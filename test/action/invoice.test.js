'use strict';
/** Invoice in n8n-core's engine against the emulator: the invoice's life, its state rules, bad input, Continue On Fail and Retry. */
const { runWorkflow } = require('../harness');
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const run = (parameters, items, settings, extra = {}) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items, ...extra });
const byId = (value) => ({ mode: 'id', value });
const INVOICE_RESPONSE = [
	'amount_due',
	'amount_due_formatted',
	'amount_paid',
	'amount_paid_formatted',
	'amount_remaining',
	'amount_remaining_formatted',
	'auto_advance',
	'billing_reason',
	'collection_method',
	'created',
	'currency',
	'customer',
	'customer_email',
	'customer_name',
	'description',
	'due_date',
	'finalized_at',
	'footer',
	'hosted_invoice_url',
	'id',
	'invoice_pdf',
	'lines',
	'marked_uncollectible_at',
	'metadata',
	'number',
	'paid_at',
	'status',
	'subscription',
	'subtotal',
	'total',
	'total_formatted',
	'voided_at',
];

async function customerAndPrice() {
	const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com', name: 'Ada' }]);
	const [product] = env.emu.control.createObjects('product', [{ name: 'Consulting hour' }]);
	const price = await stripe('POST', '/v1/prices', `currency=usd&unit_amount=12000&product=${product.id}`);
	return { customer, price };
}

const { send: stripe } = emulatorApi(env);

async function invoiceIn(customerId, states) {
	const invoice = await stripe('POST', '/v1/invoices', `customer=${customerId}`);
	await stripe('POST', '/v1/invoiceitems', `customer=${customerId}&invoice=${invoice.id}&amount=500&currency=usd`);
	for (const state of states) await stripe('POST', `/v1/invoices/${invoice.id}/${state}`, '');
	return invoice.id;
}

const op = (operation, invoiceId, more = {}) => ({ resource: 'invoice', operation, invoiceId: byId(invoiceId), ...more });

describe('Invoice', () => {
	test('Create → Add Line × 2 → Finalize → Send → Pay: the documented output at each step, with the hosted page and PDF once finalized', async () => {
		const { customer, price } = await customerAndPrice();
		const created = await run({
			resource: 'invoice',
			operation: 'create',
			customerId: byId(customer.id),
			collectionMethod: 'send_invoice',
			daysUntilDue: 14,
			additionalFields: { description: 'March work', footer: 'Thank you', autoAdvance: false, metadata: { metadataValues: [{ key: 'crm', value: 'D-42' }] } },
		});
		expect(created.error).toBeUndefined();
		const draft = created.outputOf('Stripe')[0].json;
		expect(Object.keys(draft).sort()).toEqual(INVOICE_RESPONSE);
		expect(draft).toMatchObject({ status: 'draft', customer: customer.id, customer_email: 'ada@example.com', collection_method: 'send_invoice', description: 'March work', footer: 'Thank you', hosted_invoice_url: null, invoice_pdf: null, number: null, amount_due: 0, metadata: { crm: 'D-42' } });

		const lines = await run(
			{
				resource: 'invoice',
				operation: 'addLine',
				invoiceId: byId(draft.id),
				customerId: byId(customer.id),
				billBy: '={{ $json.billBy }}',
				priceId: byId(price.id),
				quantity: '={{ $json.quantity }}',
				amount: '={{ $json.amount }}',
				currency: 'usd',
				additionalFields: { description: '={{ $json.text }}' },
			},
			[
				{ billBy: 'price', quantity: 3, amount: 0, text: 'Consulting, 3 hours' },
				{ billBy: 'amount', quantity: 1, amount: 4550, text: 'Travel' },
			],
		);
		expect(lines.error).toBeUndefined();
		expect(lines.outputOf('Stripe').map((item) => [item.json.invoice, item.json.amount, item.json.amount_formatted, item.json.price, item.json.description])).toEqual([
			[draft.id, 36000, '360.00 USD', price.id, 'Consulting, 3 hours'],
			[draft.id, 4550, '45.50 USD', null, 'Travel'],
		]);

		const finalized = (await run(op('finalize', draft.id))).outputOf('Stripe')[0].json;
		expect(finalized).toMatchObject({ status: 'open', amount_due: 40550, amount_due_formatted: '405.50 USD', amount_remaining: 40550, total_formatted: '405.50 USD' });
		expect(finalized.number).toMatch(/^[A-Z0-9]+-\d{4}$/);
		expect(finalized.hosted_invoice_url).toMatch(/^https:\/\/invoice\.stripe\.com\//);
		expect(finalized.invoice_pdf).toMatch(/\/pdf/);
		expect(Date.parse(finalized.due_date) - Date.parse(finalized.finalized_at)).toBe(14 * 86400 * 1000);
		expect(finalized.lines.map((line) => [line.description, line.amount_formatted, line.quantity])).toEqual([
			['Consulting, 3 hours', '360.00 USD', 3],
			['Travel', '45.50 USD', 1],
		]);

		expect((await run(op('send', draft.id))).outputOf('Stripe')[0].json.status).toBe('open');
		const paid = (await run(op('pay', draft.id, { paidOutOfBand: true }))).outputOf('Stripe')[0].json;
		expect(paid).toMatchObject({ status: 'paid', amount_paid: 40550, amount_paid_formatted: '405.50 USD', amount_remaining: 0 });
		expect(paid.paid_at).toEqual(expect.any(String));
		expect(env.emu.control.events().map((event) => event.type).filter((type) => type.startsWith('invoice.')).reverse()).toEqual(['invoice.created', 'invoice.finalized', 'invoice.sent', 'invoice.paid']);
	});

	test('Get, Get Many (customer, status) and Search; Simplify off gives Stripe\'s invoice', async () => {
		const { customer } = await customerAndPrice();
		const [other] = env.emu.control.createObjects('customer', [{ email: 'bob@example.com' }]);
		const open = await invoiceIn(customer.id, ['finalize']);
		const draft = await invoiceIn(customer.id, []);
		await invoiceIn(other.id, ['finalize']);

		const got = await run({ ...op('get', open), simplify: false });
		expect(got.outputOf('Stripe')[0].json).toMatchObject({ id: open, object: 'invoice', status: 'open', lines: { object: 'list' } });
		const many = await run({ resource: 'invoice', operation: 'getAll', filters: { customer: customer.id, status: 'open' } });
		expect(many.outputOf('Stripe').map((item) => item.json.id)).toEqual([open]);
		const all = await run({ resource: 'invoice', operation: 'getAll', filters: { customer: customer.id }, returnAll: true });
		expect(all.outputOf('Stripe').map((item) => item.json.id)).toEqual([draft, open]);
		const found = await run({ resource: 'invoice', operation: 'search', query: `customer:'${customer.id}' AND status:'draft'` });
		expect(found.outputOf('Stripe').map((item) => item.json.id)).toEqual([draft]);
	});

	test.each([
		['Finalize', 'finalize', ['finalize'], {}, /^Item 1: "Invoice" in_\w+: only a draft invoice can be finalized\. Stripe: /],
		['Pay', 'pay', ['finalize', 'void'], {}, /^Item 1: "Invoice" in_\w+: only an open or uncollectible invoice can be paid, not a paid or void one\. Stripe: /],
		['Delete', 'delete', ['finalize'], {}, /^Item 1: "Invoice" in_\w+: only a draft invoice can be deleted: void a finalized one instead\. Stripe: /],
		['Void', 'void', [], {}, /^Item 1: "Invoice" in_\w+: only an open or uncollectible invoice can be voided: delete a draft instead\. Stripe: /],
		['Send', 'send', [], {}, /^Item 1: "Invoice" in_\w+: only an open invoice can be sent: finalize a draft first\. Stripe: /],
		['Mark Uncollectible', 'markUncollectible', ['finalize', 'pay'], {}, /^Item 1: "Invoice" in_\w+: only an open invoice can be marked uncollectible\. Stripe: /],
	])('%s on an invoice in the wrong state fails with the rule, naming the item and the invoice', async (_name, operation, states, more, message) => {
		const { customer } = await customerAndPrice();
		const invoice = await invoiceIn(customer.id, states);
		const result = await run(op(operation, invoice, more));
		const error = result.errorOf('Stripe');
		expect(error.message).toMatch(message);
		expect(error.message).toContain(invoice);
		expect(error.context.stripe).toMatchObject({ type: 'invalid_request_error', status: 400 });
	});

	test('Add Line to a finalized invoice fails with the rule; Delete removes a draft', async () => {
		const { customer, price } = await customerAndPrice();
		const open = await invoiceIn(customer.id, ['finalize']);
		const added = await run({ resource: 'invoice', operation: 'addLine', invoiceId: byId(open), customerId: byId(customer.id), priceId: byId(price.id), quantity: 1 });
		expect(added.errorOf('Stripe').message).toMatch(/^Item 1: "Invoice" in_\w+: lines can only be added to a draft invoice\. Stripe: /);
		const draft = await invoiceIn(customer.id, []);
		expect((await run(op('delete', draft))).outputOf('Stripe')[0].json).toEqual({ id: draft, deleted: true });
		expect(env.emu.control.list('invoice').map((invoice) => invoice.id)).toEqual([open]);
	});

	test.each([
		[{ collectionMethod: 'send_invoice', daysUntilDue: -1 }, /^Item 1: "Days Until Due" must be a whole number from 0 to 1825, not "-1"/],
		[{ customerId: byId('={{ "cus 1" }}') }, /^Item 1: "Customer" "cus 1" is not a Stripe ID/],
		[{ customerId: byId('={{ $json.missing }}') }, /^Item 1: "Customer" is empty/],
	])('Create with bad input %j fails before any request', async (change, message) => {
		const result = await run({ resource: 'invoice', operation: 'create', customerId: byId('cus_x'), ...change });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test.each([
		[{ billBy: 'amount', amount: 19.99, currency: 'usd' }, /^Item 1: "Amount" must be a whole number in the smallest unit of USD/],
		[{ billBy: 'amount', amount: 100, currency: '={{ "US dollars" }}' }, /^Item 1: "Currency" "US dollars" is not a three-letter ISO currency code/],
		[{ billBy: 'price', priceId: byId('price_1'), quantity: 0 }, /^Item 1: "Quantity" must be a whole number from 1 to 999999, not "0"/],
		[{ invoiceId: byId('={{ "in 1" }}') }, /^Item 1: "Invoice" "in 1" is not a Stripe ID/],
	])('Add Line with bad input %j fails before any request', async (change, message) => {
		const result = await run({ resource: 'invoice', operation: 'addLine', invoiceId: byId('in_x'), customerId: byId('cus_x'), priceId: byId('price_x'), ...change });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('with Continue On Fail, Pay on a void invoice is an error item with Stripe\'s fields and the other invoices are paid', async () => {
		const { customer } = await customerAndPrice();
		const ids = [await invoiceIn(customer.id, ['finalize']), await invoiceIn(customer.id, ['finalize', 'void']), await invoiceIn(customer.id, ['finalize'])];
		const result = await run({ resource: 'invoice', operation: 'pay', invoiceId: byId('={{ $json.id }}') }, ids.map((id) => ({ id })), { onError: 'continueRegularOutput' });
		const out = result.outputOf('Stripe').map((item) => item.json);
		expect(out[0].status).toBe('paid');
		expect(out[1].error).toMatchObject({ type: 'invalid_request_error', status: 400 });
		expect(out[2].status).toBe('paid');
	});
});

describe('Invoice: Retry after a failed run', () => {
	test('a bulk Create fails at item 4; Retry creates the rest and no invoice twice', async () => {
		const customers = env.emu.control.createObjects('customer', Array.from({ length: 6 }, (_, i) => ({ email: `c${i}@example.com` })));
		env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'parameter_invalid', message: 'Refused by the test', match: { method: 'POST', path: '/v1/invoices', body: `customer=${customers[3].id}` } }]);
		const parameters = { resource: 'invoice', operation: 'create', customerId: byId('={{ $json.id }}'), options: { maxConcurrency: 1 } };
		const items = customers.map((customer) => ({ id: customer.id }));
		const first = await run(parameters, items, {}, { executionId: 'invoices-1' });
		expect(first.errorOf('Stripe').description).toMatch(/^Item 4 failed.*items already created are not created again/);
		expect(env.emu.control.list('invoice')).toHaveLength(3);
		const retry = await run(parameters, items, {}, { executionId: 'invoices-2', mode: 'retry' });
		expect(retry.error).toBeUndefined();
		const invoices = env.emu.control.list('invoice');
		expect(invoices.map((invoice) => invoice.customer).sort()).toEqual(customers.map((customer) => customer.id).sort());
		expect(retry.outputOf('Stripe').map((item) => item.json.customer)).toEqual(items.map((item) => item.id));
	});

	test('a bulk Finalize fails at item 3; Retry finalizes the rest, and the invoices the first run finalized answer with their first result instead of "already finalized"', async () => {
		const { customer } = await customerAndPrice();
		const ids = [];
		for (let i = 0; i < 5; i++) ids.push(await invoiceIn(customer.id, []));
		env.emu.control.injectFaults([{ kind: 'status', status: 500, shouldRetry: false, message: 'Injected', match: { method: 'POST', path: `/v1/invoices/${ids[2]}/finalize` } }]);
		const parameters = { resource: 'invoice', operation: 'finalize', invoiceId: byId('={{ $json.id }}'), options: { maxConcurrency: 1 } };
		const items = ids.map((id) => ({ id }));
		const first = await run(parameters, items, {}, { executionId: 'finalize-1' });
		expect(first.errorOf('Stripe').description).toMatch(/^Item 3 failed.*2 items before it were changed in Stripe.*changes already made are not made again/);
		const replaysBefore = env.emu.control.stats().idempotentReplays;
		const retry = await run(parameters, items, {}, { executionId: 'finalize-2', mode: 'retry' });
		expect(retry.error).toBeUndefined();
		expect(retry.outputOf('Stripe').map((item) => item.json.status)).toEqual(Array(5).fill('open'));
		expect(env.emu.control.stats().idempotentReplays - replaysBefore).toBe(2);
		expect(retry.hintsOf('Stripe')[0].message).toMatch(/^2 of 5 items were already changed by an earlier run of the same work \(items 1, 2\): Stripe returned its answer of then/);
		expect(env.emu.control.events('invoice.finalized')).toHaveLength(5);
	});
});
