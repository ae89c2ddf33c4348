'use strict';
/** The emulator's billing area: the subscription state machine, meter events and portal sessions, and the events they announce. */
const { billingSetup } = require('../support/billingSetup');
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();
const api = billingSetup(env);

const { call } = emulatorApi(env);
const attempt = (method, path, body = '') => call(method, path, body);
const typesSince = (count) => env.emu.control.events().slice(0, env.emu.control.events().length - count).map((event) => event.type).reverse();

describe('emulator: billing', () => {
	test('a subscription announces created, its first invoice (paid), updated and deleted', async () => {
		const customer = await api.customer();
		const gold = await api.monthly(1500);
		const before = env.emu.control.events().length;
		const subscription = await api.subscribe(customer.id, [gold.id]);
		await api.call('POST', `/v1/subscriptions/${subscription.id}`, 'cancel_at_period_end=true');
		await api.call('POST', `/v1/subscriptions/${subscription.id}`, 'pause_collection[behavior]=void');
		await api.call('DELETE', `/v1/subscriptions/${subscription.id}`);
		expect(typesSince(before)).toEqual([
			'customer.subscription.created',
			'invoice.created',
			'invoice.finalized',
			'invoice.paid',
			'invoice.payment_succeeded',
			'customer.subscription.updated',
			'customer.subscription.updated',
			'customer.subscription.deleted',
		]);
		expect(subscription.latest_invoice).toMatch(/^in_/);
	});

	test('trialing until trial_end; cancel_at_period_end sets cancel_at to the period end; cancel now is final', async () => {
		const customer = await api.customer();
		const gold = await api.monthly(1500);
		const trial = await api.subscribe(customer.id, [gold.id], '&trial_period_days=14');
		expect(trial).toMatchObject({ status: 'trialing', trial_start: trial.created, trial_end: trial.created + 14 * 86400 });
		expect(trial.items.data[0].current_period_end).toBe(trial.trial_end);

		const atEnd = await api.call('POST', `/v1/subscriptions/${trial.id}`, 'cancel_at_period_end=true');
		expect(atEnd).toMatchObject({ status: 'trialing', cancel_at_period_end: true, cancel_at: trial.trial_end });

		const canceled = await api.call('DELETE', `/v1/subscriptions/${trial.id}`);
		expect(canceled).toMatchObject({ status: 'canceled', canceled_at: expect.any(Number), ended_at: expect.any(Number) });
		const again = await attempt('DELETE', `/v1/subscriptions/${trial.id}`);
		expect(again.status).toBe(400);
		const update = await attempt('POST', `/v1/subscriptions/${trial.id}`, 'cancel_at_period_end=false');
		expect(update.body.error).toMatchObject({ message: 'A canceled subscription can only update its cancellation_details and metadata.', param: 'cancel_at_period_end' });
	});

	test('cancel now with prorate and invoice_now: the unused time is credited on a final invoice', async () => {
		const customer = await api.customer();
		const gold = await api.monthly(1500);
		const subscription = await api.subscribe(customer.id, [gold.id]);
		const canceled = await api.call('DELETE', `/v1/subscriptions/${subscription.id}?prorate=true&invoice_now=true`);
		expect(canceled.latest_invoice).not.toBe(subscription.latest_invoice);
		const final = await api.call('GET', `/v1/invoices/${canceled.latest_invoice}`);
		expect(final).toMatchObject({ total: -1500, amount_due: 0, status: 'paid' });
	});

	test('Stripe\'s refusals: a one-off price, the same price twice, an unknown item, coupon outside discounts[]', async () => {
		const customer = await api.customer();
		const gold = await api.monthly(1500);
		const oneOff = await api.call('POST', '/v1/prices', 'currency=usd&unit_amount=100&product_data[name]=Once');
		expect((await attempt('POST', '/v1/subscriptions', `customer=${customer.id}&items[0][price]=${oneOff.id}`)).body.error.param).toBe('items[0][price]');
		expect((await attempt('POST', '/v1/subscriptions', `customer=${customer.id}&items[0][price]=${gold.id}&items[1][price]=${gold.id}`)).body.error.param).toBe('items');
		const subscription = await api.subscribe(customer.id, [gold.id]);
		expect((await attempt('POST', `/v1/subscriptions/${subscription.id}`, 'items[0][id]=si_missing&items[0][quantity]=2')).body.error.param).toBe('items[0][id]');
		expect((await attempt('POST', '/v1/subscriptions', `customer=${customer.id}&items[0][price]=${gold.id}&coupon=TEN`)).body.error.message).toBe('Received unknown parameter: coupon');
	});

	test('meter events: accepted with their identifier, a second one with the same identifier refused', async () => {
		const customer = await api.customer();
		const body = `event_name=api_requests&payload[stripe_customer_id]=${customer.id}&payload[value]=3&identifier=usage-1`;
		const first = await attempt('POST', '/v1/billing/meter_events', body);
		expect(first.body).toMatchObject({ object: 'billing.meter_event', identifier: 'usage-1', payload: { value: '3' } });
		const second = await attempt('POST', '/v1/billing/meter_events', body.replace('value]=3', 'value]=4'));
		expect(second.status).toBe(400);
		expect(second.body.error).toMatchObject({ param: 'identifier' });
		const generated = await attempt('POST', '/v1/billing/meter_events', `event_name=api_requests&payload[stripe_customer_id]=${customer.id}&payload[value]=1`);
		expect(generated.body.identifier).toEqual(expect.any(String));
	});

	test('portal sessions: a url for the customer, announced as billing_portal.session.created', async () => {
		const customer = await api.customer();
		const session = await api.call('POST', '/v1/billing_portal/sessions', `customer=${customer.id}&return_url=https://example.com`);
		expect(session).toMatchObject({ object: 'billing_portal.session', customer: customer.id, return_url: 'https://example.com', url: expect.stringMatching(/^https:\/\/billing\.stripe\.com\//) });
		expect(env.emu.control.events('billing_portal.session.created')).toHaveLength(1);
		expect((await attempt('POST', '/v1/billing_portal/sessions', 'customer=cus_missing')).status).toBe(404);
	});
});
