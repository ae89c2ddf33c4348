'use strict';
/** The README's example workflows import and run against the emulator, with the documented outputs. */
const { startEmulator } = require('../emulator');
const { listExamples, makeNewFor, runExample } = require('./examples');

let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());

const examples = listExamples();

test('there are example workflows for each resource and the trigger', () => {
	expect(examples.map((e) => e.file)).toEqual(
		expect.arrayContaining(['cancel-at-period-end-from-form.workflow.json', 'customer.workflow.json', 'find-or-create-customer.workflow.json', 'invoice-from-a-list.workflow.json', 'product.workflow.json', 'refund-by-email.workflow.json', 'sell-a-new-product.workflow.json', 'trigger-invoice-paid.workflow.json', 'trigger-new-charge.workflow.json']),
	);
});

test.each(examples.map((e) => [e.file, e.workflow]))('%s runs without errors', async (_file, workflow) => {
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const steps = await runExample(workflow, {
		credentials,
		source: 'ts',
		makeNew: makeNewFor(emu),
	});
	for (const step of steps) expect(step.error).toBeUndefined();
	const last = steps[steps.length - 1];
	expect(last.items.length).toBeGreaterThan(0);
});

test('the customer example ends with the email unset and the description set', async () => {
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'customer.workflow.json');
	const steps = await runExample(workflow, { credentials, source: 'ts' });
	const updated = steps[steps.length - 1].items[0];
	expect(updated.email).toBeNull();
	expect(updated.description).toMatch(/^VIP since \d{4}-\d{2}-\d{2}$/);
});

test('find or create by email (Search → n8n\'s If → Create): the first run creates, the second finds, one customer in all', async () => {
	emu.control.reset();
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'find-or-create-customer.workflow.json');
	const byNode = (steps) => Object.fromEntries(steps.map((step) => [step.node, step]));

	const first = byNode(await runExample(workflow, { credentials, source: 'ts' }));
	expect(first['Search customer by email'].items).toEqual([{}]);
	expect(first['Found?'].outputs).toEqual([0, 1]);
	const created = first['Create customer'].items;
	expect(created).toEqual([expect.objectContaining({ email: 'grace@example.com', description: 'Signed up through the web shop' })]);

	const second = byNode(await runExample(workflow, { credentials, source: 'ts' }));
	expect(second['Found?'].outputs).toEqual([1, 0]);
	expect(second['Found?'].items[0].id).toBe(created[0].id);
	expect(second['Create customer']).toBeUndefined();
	expect(emu.control.list('customer').map((c) => c.email)).toEqual(['grace@example.com']);
});

test('find or create within Stripe\'s search delay: the second run misses the new customer, and its Create is answered with the first one', async () => {
	emu.control.reset();
	emu.control.setSearchDelay(60);
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'find-or-create-customer.workflow.json');
	const createdBy = async () => (await runExample(workflow, { credentials, source: 'ts' })).find((step) => step.node === 'Create customer');
	const first = await createdBy();
	const second = await createdBy();
	expect(second.items[0].id).toBe(first.items[0].id);
	expect(emu.control.list('customer')).toHaveLength(1);
	expect(emu.control.stats().idempotentReplays).toBe(1);
});

test('sell a new product: one product with its default price, one payment link selling it, and the URL to share', async () => {
	emu.control.reset();
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'sell-a-new-product.workflow.json');
	const steps = await runExample(workflow, { credentials, source: 'ts' });
	expect(steps.map((step) => step.error)).toEqual([undefined, undefined, undefined, undefined]);
	const [product] = emu.control.list('product');
	const [price] = emu.control.list('price');
	const [link] = emu.control.list('payment_link');
	expect(product.default_price).toBe(price.id);
	expect(price).toMatchObject({ product: product.id, unit_amount: 2400, currency: 'usd' });
	const share = steps[steps.length - 1].items;
	expect(share).toEqual([{ product: 'Hand-bound notebook', url: link.url }]);
	expect(link.url).toMatch(/^https:\/\/buy\.stripe\.com\//);
});

test('invoice.paid → Edit Fields: one execution item per paid invoice, with the fields a user maps', async () => {
	emu.control.reset();
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'trigger-invoice-paid.workflow.json');
	const steps = await runExample(workflow, { credentials, source: 'ts', makeNew: makeNewFor(emu) });
	const edited = steps.find((step) => step.node === 'Edit Fields');
	const [customer] = emu.control.list('customer');
	const [first, second] = emu.control.list('invoice');
	expect(edited.items).toEqual([
		{ invoice: first.id, customer: customer.id, amountPaid: 15, currency: 'usd', paidAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), eventId: expect.stringMatching(/^evt_/) },
		{ invoice: second.id, customer: customer.id, amountPaid: 30, currency: 'usd', paidAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), eventId: expect.stringMatching(/^evt_/) },
	]);
});

test('cancel at period end from a form: the customer found by email, their subscription set to end with the period, nothing charged now', async () => {
	emu.control.reset();
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'cancel-at-period-end-from-form.workflow.json');
	const steps = await runExample(workflow, { credentials, source: 'ts' });
	expect(steps.map((step) => step.error)).toEqual(steps.map(() => undefined));
	const [subscription] = emu.control.list('subscription');
	expect(subscription).toMatchObject({ status: 'active', cancel_at_period_end: true, cancel_at: subscription.items.data[0].current_period_end });
	const [confirmation] = steps[steps.length - 1].items;
	expect(confirmation).toMatchObject({ subscription: subscription.id, cancel_at_period_end: true, access_until: new Date(subscription.cancel_at * 1000).toISOString() });
	expect(confirmation.message).toContain('will not renew');
	// Only the first period was invoiced: the cancellation itself charged nothing.
	expect(emu.control.list('invoice').map((invoice) => invoice.amount_paid)).toEqual([2900]);
});

test('invoice from a list: one customer, one invoice with a line per list entry, finalized once with its hosted page, and sent', async () => {
	emu.control.reset();
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'invoice-from-a-list.workflow.json');
	const steps = await runExample(workflow, { credentials, source: 'ts' });
	expect(steps.map((step) => step.error)).toEqual(steps.map(() => undefined));
	const byNode = Object.fromEntries(steps.map((step) => [step.node, step]));
	expect(byNode['Add line'].items.map((line) => [line.description, line.amount_formatted])).toEqual([
		['Design workshop (2 days)', '2400.00 EUR'],
		['Travel', '185.00 EUR'],
		['Printed materials', '42.00 EUR'],
	]);
	const [sent] = byNode['Send invoice'].items;
	expect(byNode['Send invoice'].items).toHaveLength(1);
	expect(sent).toMatchObject({ status: 'open', customer_email: 'billing@northwind.example', amount_due_formatted: '2627.00 EUR', collection_method: 'send_invoice' });
	expect(sent.hosted_invoice_url).toMatch(/^https:\/\/invoice\.stripe\.com\//);
	expect(emu.control.list('invoice')).toHaveLength(1);
	expect(emu.control.list('customer')).toHaveLength(1);
	expect(emu.control.events().map((event) => event.type).filter((type) => type.startsWith('invoice.')).reverse()).toEqual(['invoice.created', 'invoice.finalized', 'invoice.sent']);
});

test('invoice from a list, run twice with the same list: Stripe answers every step with its first result, so one customer, one invoice, one email', async () => {
	emu.control.reset();
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'invoice-from-a-list.workflow.json');
	const first = await runExample(workflow, { credentials, source: 'ts' });
	const second = await runExample(workflow, { credentials, source: 'ts' });
	expect(second.map((step) => step.error)).toEqual(second.map(() => undefined));
	expect(second[second.length - 1].items[0].id).toBe(first[first.length - 1].items[0].id);
	expect(emu.control.list('invoice')).toHaveLength(1);
	expect(emu.control.list('customer')).toHaveLength(1);
	expect(emu.control.list('invoiceitem')).toHaveLength(3);
	expect(emu.control.events('invoice.sent')).toHaveLength(1);
});

test('refund by email: the customer\'s paid charge is refunded in full once; a second run finds it refunded and refunds nothing', async () => {
	emu.control.reset();
	const credentials = { stripeConnectorApi: { apiKey: emu.keys.test, baseUrl: emu.url } };
	const { workflow } = examples.find((e) => e.file === 'refund-by-email.workflow.json');
	const byNode = (steps) => Object.fromEntries(steps.map((step) => [step.node, step]));
	const first = byNode(await runExample(workflow, { credentials, source: 'ts' }));
	for (const step of Object.values(first)) expect([step.node, step.error]).toEqual([step.node, undefined]);
	const [charge] = emu.control.list('charge');
	expect(first['Their charges'].items.map((item) => item.id)).toEqual([charge.id]);
	expect(first.Refunded.items).toEqual([{ email: 'refund.demo@example.com', charge: charge.id, refunded: '25.00 USD', status: 'succeeded' }]);
	expect(charge).toMatchObject({ amount: 2500, amount_refunded: 2500, refunded: true });
	const [refund] = emu.control.list('refund');
	expect(refund).toMatchObject({ reason: 'requested_by_customer', metadata: { requested_by: 'refund.demo@example.com' } });

	const second = byNode(await runExample(workflow, { credentials, source: 'ts' }));
	expect(second['Paid and not refunded yet?'].outputs).toEqual([0, 1]);
	expect(second['Refund in full']).toBeUndefined();
	expect(emu.control.list('refund')).toHaveLength(1);
	expect(emu.control.list('customer')).toHaveLength(1);
	expect(emu.control.list('charge')).toHaveLength(1);
});
