'use strict';
/**
 * What the README says of the subscription operations' requests: Cancel, and Update with a new price
 * or quantity, read the subscription first (two calls per item); an Update of other fields is one
 * call; more than 20 items fail before any request.
 */
const { runWorkflow } = require('../harness');
const { billingSetup } = require('../support/billingSetup');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();
const api = billingSetup(env);

const run = (parameters) => runWorkflow({ workflow: stripeWorkflow({ resource: 'subscription', ...parameters }), credentials: env.credentials });
/** The requests a run sent for the subscription, as "METHOD /v1/subscriptions/{id}". */
async function requestsOf(subscriptionId, parameters) {
	const before = env.emu.control.requestLog().length;
	const result = await run({ subscriptionId, ...parameters });
	expect(result.error).toBeUndefined();
	return env.emu.control.requestLog().slice(before).map((entry) => `${entry.method} ${entry.path.split('?')[0]}`);
}

describe('Subscription requests per item', () => {
	test('Cancel (now or at period end) and Update with a new quantity: a read, then the change; Update of metadata alone: one call', async () => {
		const price = await api.monthly(1000);
		const path = (subscription) => `/v1/subscriptions/${subscription.id}`;
		const first = await api.subscribe((await api.customer()).id, [price.id]);
		expect(await requestsOf(first.id, { operation: 'update', updateFields: { newQuantity: 2 } })).toEqual([`GET ${path(first)}`, `POST ${path(first)}`]);
		expect(await requestsOf(first.id, { operation: 'update', updateFields: { metadata: { metadataValues: [{ key: 'crm', value: 'A-1' }] } } })).toEqual([`POST ${path(first)}`]);
		expect(await requestsOf(first.id, { operation: 'cancel', cancelWhen: 'atPeriodEnd' })).toEqual([`GET ${path(first)}`, `POST ${path(first)}`]);
		const second = await api.subscribe((await api.customer('bo@example.com')).id, [price.id]);
		expect(await requestsOf(second.id, { operation: 'cancel', cancelWhen: 'now' })).toEqual([`GET ${path(second)}`, `DELETE ${path(second)}`]);
	});

	test('Create with 21 items fails naming the item and the field, before any request', async () => {
		const before = env.emu.control.requestLog().length;
		const items = Array.from({ length: 21 }, (_, index) => ({ price: `price_${index}`, quantity: 1 }));
		const result = await run({ operation: 'create', customerId: { mode: 'id', value: 'cus_1' }, items: { itemValues: items } });
		expect(result.errorOf('Stripe').message).toBe('Item 1: "Items" has 21 items; Stripe allows at most 20');
		expect(env.emu.control.requestLog().length).toBe(before);
	});
});
