'use strict';
/** n8n's Retry after a bulk "create subscriptions" failed half-way: no customer gets a second subscription. */
const { runWorkflow } = require('../harness');
const { billingSetup } = require('../support/billingSetup');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();
const api = billingSetup(env);

const subscribeAll = (priceId) => ({
	resource: 'subscription',
	operation: 'create',
	customerId: { mode: 'id', value: '={{ $json.customer }}' },
	items: { itemValues: [{ price: priceId, quantity: '={{ $json.seats }}' }] },
	options: { requestsPerSecond: 1000, maxConcurrency: 4 },
});

test('a bulk create of subscriptions fails at item 7; Retry creates the rest and no subscription twice', async () => {
	const price = await api.monthly(1200, 'Team');
	const customers = [];
	for (let index = 0; index < 12; index++) customers.push(await api.customer(`c${index}@example.com`));
	const items = customers.map((customer, index) => ({ customer: customer.id, seats: index + 1 }));
	env.emu.control.injectFaults([
		{ kind: 'status', status: 400, code: 'parameter_invalid', param: 'customer', message: 'Refused by the test', match: { method: 'POST', path: '/v1/subscriptions', body: `customer=${customers[6].id}&` } },
	]);
	const first = await runWorkflow({ workflow: stripeWorkflow(subscribeAll(price.id)), credentials: env.credentials, items, executionId: 'subs-1' });
	expect(first.errorOf('Stripe').context.itemIndex).toBe(6);
	const createdFirst = env.emu.control.list('subscription').length;
	expect(createdFirst).toBeGreaterThanOrEqual(6);
	expect(createdFirst).toBeLessThan(12);

	const retry = await runWorkflow({ workflow: stripeWorkflow(subscribeAll(price.id)), credentials: env.credentials, items, executionId: 'subs-2', mode: 'retry' });
	expect(retry.error).toBeUndefined();
	const subscriptions = env.emu.control.list('subscription');
	expect(subscriptions).toHaveLength(12);
	expect(new Set(subscriptions.map((subscription) => subscription.customer)).size).toBe(12);
	expect(env.emu.control.stats().idempotentReplays).toBe(createdFirst);
	expect(retry.outputOf('Stripe').map((item) => item.json.items[0].quantity)).toEqual(items.map((item) => item.seats));
});
