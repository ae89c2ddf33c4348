'use strict';
const { runWorkflow } = require('../harness');
const { billingSetup } = require('../support/billingSetup');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();
const api = billingSetup(env);

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow({ resource: 'subscription', ...parameters }, settings), credentials: env.credentials, items });
const byId = (value) => ({ mode: 'id', value });
const SUBSCRIPTION_OUTPUT = [
	'cancel_at', 'cancel_at_period_end', 'canceled_at', 'collection_method', 'created', 'currency', 'current_period_end', 'customer', 'days_until_due',
	'default_payment_method', 'discounts', 'ended_at', 'id', 'items', 'latest_invoice', 'metadata', 'pause_collection', 'status', 'trial_end', 'trial_start',
];
const requests = () => env.emu.control.requestLog().length;

describe('Subscription', () => {
	test('Create: items by price and quantity, metadata; Simplify outputs the documented fields with readable amounts', async () => {
		const customer = await api.customer();
		const gold = await api.monthly(1500, 'Gold');
		const result = await run({
			operation: 'create',
			customerId: byId(customer.id),
			items: { itemValues: [{ price: gold.id, quantity: 3 }] },
			additionalFields: { metadata: { metadataValues: [{ key: 'crm', value: 'A-1' }] } },
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(SUBSCRIPTION_OUTPUT);
		expect(out).toMatchObject({ customer: customer.id, status: 'active', cancel_at_period_end: false, metadata: { crm: 'A-1' }, collection_method: 'charge_automatically' });
		expect(out.items).toEqual([expect.objectContaining({ price: gold.id, product: gold.product, quantity: 3, unit_amount: 1500, unit_amount_formatted: '15.00 USD' })]);
		expect(out.items[0].id).toMatch(/^si_/);
		expect(out.current_period_end).toBe(out.items[0].current_period_end);
		expect(out.created).toMatch(/^\d{4}-\d\d-\d\dT/);
	});

	test('Create with a trial, Send Invoice with days until due, a coupon through discounts[]; Simplify off gives the raw object', async () => {
		const customer = await api.customer();
		const gold = await api.monthly(1500);
		await api.call('POST', '/v1/coupons', 'id=TEN&percent_off=10');
		const result = await run(
			{
				operation: 'create',
				customerId: byId(customer.id),
				items: { itemValues: [{ price: gold.id, quantity: 1 }] },
				additionalFields: { trialPeriodDays: 14, collectionMethod: 'send_invoice', daysUntilDue: 10, coupon: 'TEN' },
				simplify: false,
			},
		);
		expect(result.error).toBeUndefined();
		const raw = result.outputOf('Stripe')[0].json;
		expect(raw).toMatchObject({ object: 'subscription', status: 'trialing', collection_method: 'send_invoice', days_until_due: 10 });
		expect(raw.trial_end - raw.trial_start).toBe(14 * 86400);
		expect(raw.discounts).toHaveLength(1);
	});

	test('Create makes the first invoice: charged now, 0 during a trial, open and due with Send Invoice', async () => {
		const customer = await api.customer();
		const gold = await api.monthly(1500, 'Gold');
		const create = (additionalFields) => run({ operation: 'create', customerId: byId(customer.id), items: { itemValues: [{ price: gold.id, quantity: 2 }] }, additionalFields });
		const invoiceOf = async (result) => await api.call('GET', `/v1/invoices/${result.outputOf('Stripe')[0].json.latest_invoice}`);

		const charged = await invoiceOf(await create({}));
		expect(charged).toMatchObject({ status: 'paid', amount_paid: 3000, billing_reason: 'subscription_create', customer: customer.id });
		const trial = await invoiceOf(await create({ trialPeriodDays: 7 }));
		expect(trial).toMatchObject({ status: 'paid', amount_paid: 0 });
		const sent = await invoiceOf(await create({ collectionMethod: 'send_invoice', daysUntilDue: 10 }));
		expect(sent).toMatchObject({ status: 'open', amount_due: 3000, collection_method: 'send_invoice' });
		expect(sent.due_date - sent.created).toBe(10 * 86400);
	});

	test.each([
		[{ items: { itemValues: [] } }, /^Item 1: "Items" is empty/],
		[{ items: { itemValues: [{ price: 'price_a', quantity: 1 }, { price: 'price_a', quantity: 2 }] } }, /^Item 1: "Items" name price price_a twice/],
		[{ items: { itemValues: [{ price: 'price a', quantity: 1 }] } }, /^Item 1: "Items 1: Price ID" "price a" is not a Stripe ID/],
		[{ items: { itemValues: [{ price: 'price_a', quantity: 1.5 }] } }, /^Item 1: "Items 1: Quantity" must be a whole number/],
		[{ additionalFields: { trialPeriodDays: 7, trialEnd: '2099-01-01T00:00:00' } }, /^Item 1: "Trial End" and "Trial Period Days" are both set/],
		[{ additionalFields: { daysUntilDue: 10 } }, /^Item 1: "Days Until Due" applies only with Collection Method "Send Invoice"/],
		[{ additionalFields: { trialEnd: '2001-01-01T00:00:00' } }, /^Item 1: "Trial End" must be in the future/],
	])('Create with bad input %j fails before any request', async (change, message) => {
		const result = await run({ operation: 'create', customerId: byId('cus_x'), items: { itemValues: [{ price: 'price_a', quantity: 1 }] }, ...change });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(requests()).toBe(0);
	});

	test('Get, Get Many by customer / price / status, Search by status and metadata', async () => {
		const [ada, bob] = [await api.customer('ada@example.com'), await api.customer('bob@example.com')];
		const [gold, silver] = [await api.monthly(1500, 'Gold'), await api.monthly(900, 'Silver')];
		const adaGold = await api.subscribe(ada.id, [gold.id], '&metadata[plan]=gold');
		const bobSilver = await api.subscribe(bob.id, [silver.id]);
		const bobGold = await api.subscribe(bob.id, [gold.id]);
		await api.call('DELETE', `/v1/subscriptions/${bobGold.id}`);

		const got = await run({ operation: 'get', subscriptionId: adaGold.id });
		expect(got.outputOf('Stripe')[0].json).toMatchObject({ id: adaGold.id, customer: ada.id, status: 'active' });

		const ids = async (filters) => (await run({ operation: 'getAll', returnAll: true, filters })).outputOf('Stripe').map((item) => item.json.id);
		expect(await ids({ customer: bob.id })).toEqual([bobSilver.id]);
		expect(await ids({ customer: bob.id, status: 'all' })).toEqual([bobGold.id, bobSilver.id]);
		expect(await ids({ price: gold.id })).toEqual([adaGold.id]);
		expect(await ids({ status: 'canceled' })).toEqual([bobGold.id]);

		env.emu.control.clock.advance(120);
		const found = await run({ operation: 'search', query: "status:'active' AND metadata['plan']:'gold'", returnAll: true });
		expect(found.outputOf('Stripe').map((item) => item.json.id)).toEqual([adaGold.id]);
	});

	test('Update changes an item by its price (no si_ ID), with the proration the customer will be charged', async () => {
		const customer = await api.customer();
		const [silver, gold, seats] = [await api.monthly(1000, 'Silver'), await api.monthly(3000, 'Gold'), await api.monthly(500, 'Seats')];
		const subscription = await api.subscribe(customer.id, [silver.id, seats.id]);
		const result = await run({ operation: 'update', subscriptionId: subscription.id, updateFields: { itemPrice: silver.id, newPrice: gold.id, prorationBehavior: 'create_prorations' } });
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(out.items.map((item) => [item.price, item.quantity])).toEqual([[gold.id, 1], [seats.id, 1]]);
		expect(out.items[0].id).toBe(subscription.items.data[0].id);
		// Create Prorations: the difference for the rest of the period waits on the next invoice.
		const [proration] = env.emu.control.list('invoiceitem');
		expect(proration).toMatchObject({ customer: customer.id, proration: true, amount: 2000, invoice: null });

		const quantity = await run({ operation: 'update', subscriptionId: subscription.id, updateFields: { itemPrice: seats.id, newQuantity: 4, prorationBehavior: 'none' } });
		expect(quantity.outputOf('Stripe')[0].json.items[1]).toMatchObject({ price: seats.id, quantity: 4 });
		expect(env.emu.control.list('invoiceitem')).toHaveLength(1);

		// Always Invoice: the pending proration and the new one are charged now, on an invoice of their own.
		const now = await run({ operation: 'update', subscriptionId: subscription.id, updateFields: { itemPrice: seats.id, newQuantity: 5, prorationBehavior: 'always_invoice' } });
		const invoice = await api.call('GET', `/v1/invoices/${now.outputOf('Stripe')[0].json.latest_invoice}`);
		expect(invoice).toMatchObject({ status: 'paid', amount_paid: 2000 + 500, billing_reason: 'subscription_update' });
		expect(env.emu.control.list('invoiceitem').every((item) => item.invoice === invoice.id)).toBe(true);
	});

	test('Update: a subscription of one item needs no current price; an unknown or missing price fails naming the field', async () => {
		const customer = await api.customer();
		const [silver, gold, other] = [await api.monthly(1000), await api.monthly(3000), await api.monthly(50)];
		const single = await api.subscribe(customer.id, [silver.id]);
		const changed = await run({ operation: 'update', subscriptionId: single.id, updateFields: { newQuantity: 2 } });
		expect(changed.outputOf('Stripe')[0].json.items[0]).toMatchObject({ price: silver.id, quantity: 2 });

		const unknown = await run({ operation: 'update', subscriptionId: single.id, updateFields: { itemPrice: other.id, newPrice: gold.id, newQuantity: 3 } });
		expect(unknown.errorOf('Stripe').message).toBe(`Item 1: "Current Price ID" ${other.id} matches no item of subscription ${single.id} (its items' prices: ${silver.id})`);

		const two = await api.subscribe(customer.id, [silver.id, gold.id]);
		const ambiguous = await run({ operation: 'update', subscriptionId: two.id, updateFields: { newQuantity: 2 } });
		expect(ambiguous.errorOf('Stripe').message).toMatch(/^Item 1: "Current Price ID" is needed: subscription sub_\w+ has 2 items/);
		// Neither failure changed anything.
		expect((await api.call('GET', `/v1/subscriptions/${single.id}`)).items.data[0].quantity).toBe(2);
		expect(env.emu.control.requestLog().filter((entry) => entry.method === 'POST' && entry.path.startsWith('/v1/subscriptions/'))).toHaveLength(1);
	});

	test('Update: cancel at period end on and off, and bad input before any request', async () => {
		const customer = await api.customer();
		const silver = await api.monthly(1000);
		const subscription = await api.subscribe(customer.id, [silver.id]);
		const on = await run({ operation: 'update', subscriptionId: subscription.id, updateFields: { cancelAtPeriodEnd: true } });
		const out = on.outputOf('Stripe')[0].json;
		expect(out).toMatchObject({ cancel_at_period_end: true, status: 'active', cancel_at: out.current_period_end });
		const off = await run({ operation: 'update', subscriptionId: subscription.id, updateFields: { cancelAtPeriodEnd: false } });
		expect(off.outputOf('Stripe')[0].json).toMatchObject({ cancel_at_period_end: false, cancel_at: null });

		const before = requests();
		const empty = await run({ operation: 'update', subscriptionId: subscription.id, updateFields: {} });
		expect(empty.errorOf('Stripe').message).toBe('Item 1: "Update Fields" is empty: add the fields to change');
		const priceOnly = await run({ operation: 'update', subscriptionId: subscription.id, updateFields: { itemPrice: silver.id } });
		expect(priceOnly.errorOf('Stripe').message).toMatch(/^Item 1: "Current Price ID" names the item to change/);
		expect(requests()).toBe(before);
	});

	test('Cancel now (with a credit for unused time) and at period end; cancelling a canceled subscription is a clear error', async () => {
		const customer = await api.customer();
		const silver = await api.monthly(1000);
		const [first, second] = [await api.subscribe(customer.id, [silver.id]), await api.subscribe(customer.id, [silver.id])];
		const now = await run({ operation: 'cancel', subscriptionId: first.id, cancelWhen: 'now', prorate: true });
		expect(now.outputOf('Stripe')[0].json).toMatchObject({ id: first.id, status: 'canceled' });
		expect(now.outputOf('Stripe')[0].json.canceled_at).toMatch(/^\d{4}-/);
		expect(env.emu.control.list('invoiceitem')).toEqual([expect.objectContaining({ amount: -1000, proration: true })]);

		const later = await run({ operation: 'cancel', subscriptionId: second.id, cancelWhen: 'atPeriodEnd' });
		expect(later.outputOf('Stripe')[0].json).toMatchObject({ status: 'active', cancel_at_period_end: true });

		const again = await run({ operation: 'cancel', subscriptionId: first.id });
		expect(again.errorOf('Stripe').message).toMatch(new RegExp(`^Item 1: "Subscription ID" ${first.id} is already canceled \\(since \\d{4}-.+\\): there is nothing to cancel$`));
		expect(env.emu.control.requestLog().filter((entry) => entry.method === 'DELETE')).toHaveLength(1);
	});

	test('Pause Collection and Resume Collection set and unset pause_collection', async () => {
		const customer = await api.customer();
		const silver = await api.monthly(1000);
		const subscription = await api.subscribe(customer.id, [silver.id]);
		const paused = await run({ operation: 'pauseCollection', subscriptionId: subscription.id, pauseBehavior: 'void' });
		expect(paused.outputOf('Stripe')[0].json).toMatchObject({ status: 'active', pause_collection: { behavior: 'void', resumes_at: null } });
		const resumed = await run({ operation: 'resumeCollection', subscriptionId: subscription.id });
		expect(resumed.outputOf('Stripe')[0].json.pause_collection).toBeNull();
		const updates = env.emu.control.events('customer.subscription.updated');
		expect(updates).toHaveLength(2);
	});

	test('Continue On Fail: an unknown customer is an error item, the other subscription is created', async () => {
		const customer = await api.customer();
		const silver = await api.monthly(1000);
		const result = await run(
			{ operation: 'create', customerId: byId('={{ $json.customer }}'), items: { itemValues: [{ price: silver.id, quantity: 1 }] } },
			[{ customer: 'cus_missing' }, { customer: customer.id }],
			{ onError: 'continueRegularOutput' },
		);
		const out = result.outputOf('Stripe');
		expect(out[0].json.error).toMatchObject({ code: 'resource_missing', param: 'customer' });
		expect(out[1].json).toMatchObject({ customer: customer.id, status: 'active' });
		expect(env.emu.control.list('subscription')).toHaveLength(1);
	});
});
