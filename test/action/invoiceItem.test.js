'use strict';
/** Invoice Item in n8n-core's engine against the emulator: pending and invoiced items, the trigger's output kept, state rules, bad input and Retry. */
const { runWorkflow } = require('../harness');
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const run = (parameters, items, settings, extra = {}) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items, ...extra });
const byId = (value) => ({ mode: 'id', value });
/** The trigger's documented "New Invoice Item" fields (OnNewInvoiceItemResponseItem), then what the action adds. */
const TRIGGER_FIELDS = ['id', 'amount', 'currency', 'customer', 'date', 'description', 'discountable', 'invoice', 'plan', 'proration', 'quantity', 'subscription'];
const ITEM_RESPONSE = [...TRIGGER_FIELDS, 'amount_formatted', 'price', 'metadata'];

const { send: stripe } = emulatorApi(env);

async function customerAndPrice() {
	const [customer] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
	const price = await stripe('POST', '/v1/prices', 'currency=eur&unit_amount=2500&product_data[name]=Workshop seat');
	return { customer, price };
}

const create = (customerId, more = {}) => ({ resource: 'invoiceItem', operation: 'create', customerId: byId(customerId), ...more });

describe('Invoice Item', () => {
	test('Create a pending item by price × quantity: the trigger\'s fields, then amount_formatted, price and metadata; it joins the next invoice that includes pending items', async () => {
		const { customer, price } = await customerAndPrice();
		const result = await run(create(customer.id, { priceId: byId(price.id), quantity: 3, additionalFields: { metadata: { metadataValues: [{ key: 'row', value: '7' }] } } }));
		expect(result.error).toBeUndefined();
		const item = result.outputOf('Stripe')[0].json;
		expect(Object.keys(item)).toEqual(ITEM_RESPONSE);
		expect(item).toMatchObject({ customer: customer.id, amount: 7500, amount_formatted: '75.00 EUR', currency: 'eur', quantity: '3', invoice: null, price: price.id, plan: null, subscription: null, description: 'Workshop seat', metadata: { row: '7' } });
		expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);

		const invoice = await run({ resource: 'invoice', operation: 'create', customerId: byId(customer.id), additionalFields: { includePendingItems: true } });
		expect(invoice.outputOf('Stripe')[0].json).toMatchObject({ amount_due: 7500, lines: [{ invoice_item: item.id, price: price.id, quantity: 3 }] });
		const raw = (await run({ resource: 'invoiceItem', operation: 'get', invoiceItemId: byId(item.id), simplify: false })).outputOf('Stripe')[0].json;
		expect(raw).toMatchObject({ object: 'invoiceitem', invoice: invoice.outputOf('Stripe')[0].json.id, pricing: { type: 'price_details', price_details: { price: price.id } } });
		expect(raw).not.toHaveProperty('price');
	});

	test('Create by amount onto a draft invoice; Get Many by customer, invoice and pending; Update; Delete', async () => {
		const { customer } = await customerAndPrice();
		const draft = await stripe('POST', '/v1/invoices', `customer=${customer.id}`);
		const onInvoice = (await run(create(customer.id, { billBy: 'amount', amount: -1000, currency: 'usd', additionalFields: { invoice: draft.id, description: 'Loyalty credit' } }))).outputOf('Stripe')[0].json;
		expect(onInvoice).toMatchObject({ invoice: draft.id, amount: -1000, amount_formatted: '-10.00 USD', price: null, description: 'Loyalty credit' });
		const pending = (await run(create(customer.id, { billBy: 'amount', amount: 300, currency: 'usd' }))).outputOf('Stripe')[0].json;

		const ids = async (filters) => (await run({ resource: 'invoiceItem', operation: 'getAll', filters, returnAll: true })).outputOf('Stripe').map((item) => item.json.id);
		expect(await ids({ customer: customer.id })).toEqual([pending.id, onInvoice.id]);
		expect(await ids({ invoice: draft.id })).toEqual([onInvoice.id]);
		expect(await ids({ pending: true })).toEqual([pending.id]);

		const updated = await run({ resource: 'invoiceItem', operation: 'update', invoiceItemId: byId(onInvoice.id), updateFields: { amount: -1500, description: 'Loyalty credit (gold)' } });
		expect(updated.outputOf('Stripe')[0].json).toMatchObject({ amount: -1500, description: 'Loyalty credit (gold)' });
		expect((await stripe('GET', `/v1/invoices/${draft.id}`)).amount_due).toBe(0);
		expect((await stripe('GET', `/v1/invoices/${draft.id}`)).total).toBe(-1500);
		const deleted = await run({ resource: 'invoiceItem', operation: 'delete', invoiceItemId: byId(pending.id) });
		expect(deleted.outputOf('Stripe')[0].json).toEqual({ id: pending.id, deleted: true });
		expect(env.emu.control.events().map((event) => event.type).filter((type) => type.startsWith('invoiceitem.')).reverse()).toEqual([
			'invoiceitem.created',
			'invoiceitem.created',
			'invoiceitem.updated',
			'invoiceitem.deleted',
		]);
	});

	test('Update and Delete of an item on a finalized invoice fail with the rule, naming the item and the invoice item', async () => {
		const { customer } = await customerAndPrice();
		const invoice = await stripe('POST', '/v1/invoices', `customer=${customer.id}`);
		const item = await stripe('POST', '/v1/invoiceitems', `customer=${customer.id}&invoice=${invoice.id}&amount=500&currency=usd`);
		await stripe('POST', `/v1/invoices/${invoice.id}/finalize`, '');
		const updated = await run({ resource: 'invoiceItem', operation: 'update', invoiceItemId: byId(item.id), updateFields: { description: 'Late change' } });
		expect(updated.errorOf('Stripe').message).toMatch(new RegExp(`^Item 1: "Invoice Item" ${item.id}: only a pending item or one on a draft invoice can change\\. Stripe: `));
		const deleted = await run({ resource: 'invoiceItem', operation: 'delete', invoiceItemId: byId(item.id) });
		expect(deleted.errorOf('Stripe').message).toMatch(/only a pending item or one on a draft invoice can be deleted/);
		const added = await run(create(customer.id, { billBy: 'amount', amount: 100, currency: 'usd', additionalFields: { invoice: invoice.id } }));
		expect(added.errorOf('Stripe').message).toMatch(new RegExp(`^Item 1: "Invoice ID" ${invoice.id}: items can only be added to a draft invoice\\. Stripe: `));
	});

	test.each([
		['create', { billBy: 'amount', amount: '12.50', currency: 'usd' }, /^Item 1: "Amount" must be a whole number in the smallest unit of USD/],
		['create', { billBy: 'amount', amount: 100, currency: 'usd', additionalFields: { invoice: 'in 1' } }, /^Item 1: "Invoice ID" "in 1" is not a Stripe ID/],
		['create', { priceId: byId('={{ "" }}') }, /^Item 1: "Price" is empty/],
		['update', { updateFields: { amount: 100, quantity: 2 } }, /^Item 1: "Amount" goes with neither Price ID nor Quantity/],
		['update', { updateFields: { quantity: 0 } }, /^Item 1: "Quantity" must be a whole number from 1 to 999999/],
	])('%s with bad input %j fails before any request', async (operation, change, message) => {
		const result = await run({ resource: 'invoiceItem', operation, customerId: byId('cus_x'), invoiceItemId: byId('ii_x'), priceId: byId('price_x'), ...change });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('a bulk Create fails at item 5; Retry creates the rest and no item twice; Continue On Fail makes the failure an error item', async () => {
		const { customer } = await customerAndPrice();
		const rows = Array.from({ length: 8 }, (_, i) => ({ fee: 100 + i }));
		const parameters = create(customer.id, { billBy: 'amount', amount: '={{ $json.fee }}', currency: 'usd', options: { maxConcurrency: 1 } });
		env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'parameter_invalid', param: 'amount', message: 'Refused by the test', match: { method: 'POST', path: '/v1/invoiceitems', body: 'amount=104&' } }]);
		const first = await run(parameters, rows, {}, { executionId: 'items-1' });
		expect(first.errorOf('Stripe').description).toMatch(/^Item 5 failed/);
		expect(env.emu.control.list('invoiceitem')).toHaveLength(4);
		const retry = await run(parameters, rows, {}, { executionId: 'items-2', mode: 'retry' });
		expect(retry.error).toBeUndefined();
		expect(env.emu.control.list('invoiceitem').map((item) => item.amount).sort()).toEqual(rows.map((row) => row.fee));

		env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'parameter_invalid', param: 'amount', match: { method: 'POST', path: '/v1/invoiceitems', body: 'amount=101&' } }]);
		const continued = await run({ ...parameters, additionalFields: { description: 'second batch' } }, rows.slice(0, 3), { onError: 'continueRegularOutput' });
		expect(continued.outputOf('Stripe').map((item) => item.json.error?.code ?? item.json.amount)).toEqual([100, 'parameter_invalid', 102]);
	});
});
