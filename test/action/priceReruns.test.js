'use strict';
/** n8n's Retry after a bulk "create prices" failed half-way: nothing is created twice. */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const rows = (n) => Array.from({ length: n }, (_, i) => ({ sku: `sku${i}`, cents: 1000 + i }));
const createPrices = (productId) => ({
	resource: 'price',
	operation: 'create',
	productId: { mode: 'id', value: productId },
	currency: 'usd',
	unitAmount: '={{$json.cents}}',
	additionalFields: { lookupKey: '={{$json.sku}}' },
	options: { requestsPerSecond: 1000, maxConcurrency: 5 },
});

test('a bulk create of prices fails at item 20; Retry creates the rest and no price twice', async () => {
	const [product] = env.emu.control.createObjects('product', [{ name: 'Catalog' }]);
	env.emu.control.setLatency(10);
	env.emu.control.injectFaults([
		{ kind: 'status', status: 400, code: 'parameter_invalid', param: 'lookup_key', message: 'Refused by the test', match: { method: 'POST', path: '/v1/prices', body: 'lookup_key=sku19' } },
	]);
	const items = rows(40);
	const first = await runWorkflow({ workflow: stripeWorkflow(createPrices(product.id)), credentials: env.credentials, items, executionId: 'prices-1' });
	const error = first.errorOf('Stripe');
	expect(error.context.itemIndex).toBe(19);
	expect(error.description).toMatch(/^Item 20 failed/);
	expect(error.description).toContain('items already created are not created again');
	const createdFirst = env.emu.control.list('price').length;
	expect(createdFirst).toBeGreaterThanOrEqual(19);
	expect(createdFirst).toBeLessThan(40);

	const retry = await runWorkflow({ workflow: stripeWorkflow(createPrices(product.id)), credentials: env.credentials, items, executionId: 'prices-2', mode: 'retry' });
	expect(retry.error).toBeUndefined();
	const prices = env.emu.control.list('price');
	expect(prices).toHaveLength(40);
	expect(new Set(prices.map((price) => price.lookup_key)).size).toBe(40);
	expect(env.emu.control.stats().idempotentReplays).toBe(createdFirst);
	expect(retry.outputOf('Stripe').map((item) => item.json.unit_amount)).toEqual(items.map((item) => item.cents));
});

test('with Continue On Fail the refused price is an error item and the others are created once', async () => {
	const [product] = env.emu.control.createObjects('product', [{ name: 'Catalog' }]);
	env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'parameter_invalid', param: 'lookup_key', match: { method: 'POST', path: '/v1/prices', body: 'lookup_key=sku3&' } }]);
	const result = await runWorkflow({
		workflow: stripeWorkflow(createPrices(product.id), { onError: 'continueRegularOutput' }),
		credentials: env.credentials,
		items: rows(8),
	});
	const out = result.outputOf('Stripe');
	expect(out).toHaveLength(8);
	expect(out[3].json.error).toMatchObject({ code: 'parameter_invalid', param: 'lookup_key' });
	expect(env.emu.control.list('price')).toHaveLength(7);
});
