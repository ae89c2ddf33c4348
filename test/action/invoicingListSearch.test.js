'use strict';
/** The Invoice and Invoice Item pickers ("From List"), through n8n-core's LoadOptionsContext. */
const { listSearch } = require('../harness');
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();
const search = (method, filter, paginationToken) => listSearch({ nodeType: 'stripeConnector', credentials: env.credentials, method, filter, paginationToken });

const { post } = emulatorApi(env);

describe('invoice and invoice item pickers', () => {
	test('invoices: number (or draft), customer, total and status, newest first; a filter narrows by any of them', async () => {
		const ada = await post('/v1/customers', 'name=Ada&email=ada@example.com');
		const bob = await post('/v1/customers', 'email=bob@example.com');
		const open = await post('/v1/invoices', `customer=${ada.id}`);
		await post('/v1/invoiceitems', `customer=${ada.id}&invoice=${open.id}&amount=4200&currency=usd`);
		const finalized = await post(`/v1/invoices/${open.id}/finalize`, '');
		const draft = await post('/v1/invoices', `customer=${bob.id}`);
		const all = await search('searchInvoices');
		expect(all.results).toEqual([
			{ name: `Draft ${draft.id} · bob@example.com · 0.00 USD · draft`, value: draft.id, url: `https://dashboard.stripe.com/invoices/${draft.id}` },
			{ name: `${finalized.number} · Ada · 42.00 USD · open`, value: open.id, url: `https://dashboard.stripe.com/invoices/${open.id}` },
		]);
		expect((await search('searchInvoices', 'ada')).results.map((r) => r.value)).toEqual([open.id]);
		expect((await search('searchInvoices', 'draft')).results.map((r) => r.value)).toEqual([draft.id]);
	});

	test('invoice items: description, amount, and whether pending or on which invoice', async () => {
		const ada = await post('/v1/customers', 'name=Ada');
		const invoice = await post('/v1/invoices', `customer=${ada.id}`);
		const fee = await post('/v1/invoiceitems', `customer=${ada.id}&amount=1500&currency=eur&description=Setup fee`);
		const hours = await post('/v1/invoiceitems', `customer=${ada.id}&invoice=${invoice.id}&amount=9000&currency=usd&description=Consulting`);
		expect((await search('searchInvoiceItems')).results).toEqual([
			{ name: `Consulting · 90.00 USD · on ${invoice.id}`, value: hours.id },
			{ name: 'Setup fee · 15.00 EUR · pending', value: fee.id },
		]);
		expect((await search('searchInvoiceItems', 'setup')).results.map((r) => r.value)).toEqual([fee.id]);
	});
});
