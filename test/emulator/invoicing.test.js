'use strict';
/** The emulator's invoicing area: the invoice state machine, pending items, endive shapes, refusals and events. */
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');
const { Emulator } = require('../emulator');
const invoicing = require('../emulator/invoicing');

const env = useEmulator();

const { call } = emulatorApi(env);

async function customerAndPrice(amount = 1500) {
	const customer = (await call('POST', '/v1/customers', 'email=ada@example.com&name=Ada')).body;
	const price = (await call('POST', '/v1/prices', `currency=usd&unit_amount=${amount}&product_data[name]=Mug`)).body;
	return { customer, price };
}

describe('emulator: invoicing', () => {
	test('a pending item joins the next invoice that includes pending items; finalize gives number, URLs and due date; send and pay announce their events', async () => {
		const { customer, price } = await customerAndPrice();
		const pending = (await call('POST', '/v1/invoiceitems', `customer=${customer.id}&pricing[price]=${price.id}&quantity=2`)).body;
		expect(pending).toMatchObject({ invoice: null, amount: 3000, quantity: 2, parent: null, pricing: { type: 'price_details', price_details: { price: price.id, product: price.product } } });
		expect(pending).not.toHaveProperty('price');
		const other = (await call('POST', '/v1/invoices', `customer=${customer.id}&collection_method=send_invoice&days_until_due=7`)).body;
		expect(other.lines.data).toEqual([]);
		const invoice = (await call('POST', '/v1/invoices', `customer=${customer.id}&collection_method=send_invoice&days_until_due=30&pending_invoice_items_behavior=include&footer=Thanks`)).body;
		expect(invoice).toMatchObject({ status: 'draft', amount_due: 3000, total: 3000, currency: 'usd', footer: 'Thanks', hosted_invoice_url: null, invoice_pdf: null, number: null, parent: null });
		const line = (await call('POST', '/v1/invoiceitems', `customer=${customer.id}&invoice=${invoice.id}&amount=250&currency=usd&description=Shipping`)).body;
		const lines = (await call('GET', `/v1/invoices/${invoice.id}/lines`)).body.data;
		expect(lines.map((entry) => [entry.amount, entry.parent.invoice_item_details.invoice_item])).toEqual([
			[3000, pending.id],
			[250, line.id],
		]);
		expect(lines[0]).toMatchObject({ object: 'line_item', invoice: invoice.id, pricing: { price_details: { price: price.id } }, parent: { type: 'invoice_item_details' } });

		const open = (await call('POST', `/v1/invoices/${invoice.id}/finalize`, '')).body;
		expect(open).toMatchObject({ status: 'open', amount_due: 3250, amount_paid: 0, amount_remaining: 3250, number: expect.stringMatching(/-0001$/) });
		expect(open.hosted_invoice_url).toMatch(/^https:\/\/invoice\.stripe\.com\//);
		expect(open.invoice_pdf).toMatch(/^https:\/\/pay\.stripe\.com\/invoice\/.+\/pdf/);
		expect(open.due_date - open.status_transitions.finalized_at).toBe(30 * 86400);
		await call('POST', `/v1/invoices/${invoice.id}/send`, '');
		const paid = (await call('POST', `/v1/invoices/${invoice.id}/pay`, 'paid_out_of_band=true')).body;
		expect(paid).toMatchObject({ status: 'paid', amount_paid: 3250, amount_remaining: 0 });
		expect(paid.status_transitions.paid_at).toEqual(expect.any(Number));
		expect((await call('GET', `/v1/invoices?customer=${customer.id}&status=paid`)).body.data.map((found) => found.id)).toEqual([invoice.id]);
		expect((await call('GET', `/v1/invoiceitems?invoice=${invoice.id}`)).body.data).toHaveLength(2);
		expect(
			env.emu.control
				.events()
				.map((event) => event.type)
				.filter((type) => type.startsWith('invoice'))
				.reverse(),
		).toEqual(['invoiceitem.created', 'invoice.created', 'invoice.created', 'invoiceitem.created', 'invoice.finalized', 'invoice.sent', 'invoice.paid']);
	});

	test.each([
		['finalizing an open invoice', ['finalize'], 'finalize', /already finalized/],
		['paying a void invoice', ['finalize', 'void'], 'pay', /void and can no longer be paid/],
		['paying a paid invoice', ['finalize', 'pay'], 'pay', /already paid/],
		['voiding a draft', [], 'void', /Delete a draft invoice instead/],
		['sending a draft', [], 'send', /finalize invoice .+ first/],
		['marking a paid invoice uncollectible', ['finalize', 'pay'], 'mark_uncollectible', /only mark open invoices/],
	])('%s is refused as Stripe refuses it (400 invoice_not_editable naming the state)', async (_name, before, action, message) => {
		const { customer, price } = await customerAndPrice();
		const invoice = (await call('POST', '/v1/invoices', `customer=${customer.id}`)).body;
		await call('POST', '/v1/invoiceitems', `customer=${customer.id}&invoice=${invoice.id}&pricing[price]=${price.id}`);
		for (const step of before) expect((await call('POST', `/v1/invoices/${invoice.id}/${step}`, '')).status).toBe(200);
		const answer = await call('POST', `/v1/invoices/${invoice.id}/${action}`, '');
		expect(answer.status).toBe(400);
		expect(answer.body.error).toMatchObject({ type: 'invalid_request_error', code: 'invoice_not_editable', message: expect.stringMatching(message) });
	});

	test('only a draft can be deleted (its items become pending again); a finalized invoice freezes its items', async () => {
		const { customer, price } = await customerAndPrice();
		const draft = (await call('POST', '/v1/invoices', `customer=${customer.id}`)).body;
		const item = (await call('POST', '/v1/invoiceitems', `customer=${customer.id}&invoice=${draft.id}&pricing[price]=${price.id}`)).body;
		expect((await call('DELETE', `/v1/invoices/${draft.id}`)).body).toEqual({ id: draft.id, object: 'invoice', deleted: true });
		expect((await call('GET', `/v1/invoiceitems/${item.id}`)).body.invoice).toBeNull();

		const invoice = (await call('POST', '/v1/invoices', `customer=${customer.id}&pending_invoice_items_behavior=include`)).body;
		await call('POST', `/v1/invoices/${invoice.id}/finalize`, '');
		const refusals = [
			await call('DELETE', `/v1/invoices/${invoice.id}`),
			await call('POST', `/v1/invoiceitems/${item.id}`, 'quantity=3'),
			await call('DELETE', `/v1/invoiceitems/${item.id}`),
			await call('POST', '/v1/invoiceitems', `customer=${customer.id}&invoice=${invoice.id}&amount=100&currency=usd`),
			await call('POST', `/v1/invoices/${invoice.id}`, 'collection_method=send_invoice&days_until_due=3'),
		];
		expect(refusals.map((answer) => [answer.status, answer.body.error.code])).toEqual(Array(5).fill([400, 'invoice_not_editable']));
		expect(refusals[0].body.error.message).toMatch(/only delete draft invoices/);
		expect((await call('POST', `/v1/invoices/${invoice.id}`, 'metadata[crm]=42')).body.metadata).toEqual({ crm: '42' });
	});

	test.each([
		['an invoice item with acacia’s `price`', '/v1/invoiceitems', (ids) => `customer=${ids.customer}&price=${ids.price}`, { code: 'parameter_unknown', param: 'price' }],
		['an invoice item without amount or price', '/v1/invoiceitems', (ids) => `customer=${ids.customer}&currency=usd`, { code: 'parameter_missing', param: 'amount' }],
		['an invoice item with an amount but no currency', '/v1/invoiceitems', (ids) => `customer=${ids.customer}&amount=100`, { code: 'parameter_missing', param: 'currency' }],
		['a send_invoice invoice without days until due', '/v1/invoices', (ids) => `customer=${ids.customer}&collection_method=send_invoice`, { code: 'parameter_missing', param: 'days_until_due' }],
		['an invoice for an unknown customer', '/v1/invoices', () => 'customer=cus_nobody', { code: 'resource_missing', param: 'customer' }],
		['an invoice for an unknown subscription', '/v1/invoices', (ids) => `customer=${ids.customer}&subscription=sub_nobody`, { code: 'resource_missing', param: 'subscription' }],
	])('%s is refused', async (_name, path, body, error) => {
		const { customer, price } = await customerAndPrice();
		const answer = await call('POST', path, body({ customer: customer.id, price: price.id }));
		expect(answer.body.error).toMatchObject(error);
	});

	test('the functions other areas call: a subscription invoice with its lines and the pending items, finalized and paid, with a payment record', () => {
		const emu = new Emulator();
		const [customer] = emu.createObjects('customer', [{ email: 'sub@example.com' }]);
		const price = emu.store.insert('price', emu.store.build('price', { object: 'price', created: emu.now(), currency: 'eur', unit_amount: 900, product: 'prod_x', type: 'recurring' }));
		invoicing.createInvoiceItem(emu, { customer: customer.id, amount: 100, currency: 'eur', description: 'Setup fee' });
		const invoice = invoicing.draftInvoice(emu, {
			customer: customer.id,
			subscription: 'sub_1',
			billing_reason: 'subscription_create',
			pending_invoice_items_behavior: 'include',
			lines: [{ price: price.id, quantity: 2, subscription_item: 'si_1', period: { start: 100, end: 200 } }],
		});
		expect(invoice).toMatchObject({ status: 'draft', currency: 'eur', amount_due: 1900, billing_reason: 'subscription_create', parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_1' } } });
		expect(invoice.lines.data[0]).toMatchObject({ amount: 1800, parent: { type: 'subscription_item_details', subscription_item_details: { subscription: 'sub_1', subscription_item: 'si_1' } }, period: { start: 100, end: 200 } });
		invoicing.finalizeInvoice(emu, invoice);
		invoicing.payInvoice(emu, invoice);
		expect(invoice).toMatchObject({ status: 'paid', amount_paid: 1900, attempt_count: 1 });
		expect(emu.store.all('invoice_payment')).toEqual([expect.objectContaining({ invoice: invoice.id, amount_paid: 1900, status: 'paid' })]);
		expect(emu.eventLog.list().map((event) => event.type).reverse().slice(-4)).toEqual(['invoice.created', 'invoice.finalized', 'invoice.paid', 'invoice.payment_succeeded']);
	});

	test('an invoice with nothing due is paid when finalized; search finds invoices by customer and status', async () => {
		const { customer } = await customerAndPrice();
		const invoice = (await call('POST', '/v1/invoices', `customer=${customer.id}`)).body;
		expect((await call('POST', `/v1/invoices/${invoice.id}/finalize`, '')).body).toMatchObject({ status: 'paid', amount_due: 0 });
		const found = await call('GET', `/v1/invoices/search?query=${encodeURIComponent(`customer:'${customer.id}' AND status:'paid'`)}`);
		expect(found.body.data.map((hit) => hit.id)).toEqual([invoice.id]);
	});
});

describe('emulator: invoicing, the moves Stripe allows besides the main path', () => {
	test('pay on a draft finalizes it first; an uncollectible invoice can still be paid or voided', async () => {
		const { customer } = await customerAndPrice();
		const invoice = async () => {
			const made = (await call('POST', '/v1/invoices', `customer=${customer.id}`)).body;
			await call('POST', '/v1/invoiceitems', `customer=${customer.id}&invoice=${made.id}&amount=700&currency=usd`);
			return made.id;
		};
		const draft = await invoice();
		const paid = (await call('POST', `/v1/invoices/${draft}/pay`, '')).body;
		expect(paid).toMatchObject({ status: 'paid', amount_paid: 700, number: expect.any(String) });
		expect(paid.status_transitions.finalized_at).toEqual(expect.any(Number));
		for (const last of ['pay', 'void']) {
			const id = await invoice();
			await call('POST', `/v1/invoices/${id}/finalize`, '');
			expect((await call('POST', `/v1/invoices/${id}/mark_uncollectible`, '')).body.status).toBe('uncollectible');
			expect((await call('POST', `/v1/invoices/${id}/${last}`, '')).body.status).toBe(last === 'pay' ? 'paid' : 'void');
		}
	});
});
