'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const byId = (value) => ({ mode: 'id', value });
const PRICE_RESPONSE = ['active', 'created', 'currency', 'id', 'lookup_key', 'metadata', 'nickname', 'product', 'recurring', 'tax_behavior', 'type', 'unit_amount', 'unit_amount_decimal', 'unit_amount_formatted'];
const posts = () => env.emu.control.requestLog().filter((entry) => entry.method === 'POST');

describe('Price', () => {
	test('Create for an existing product: one-off, amount in cents, readable amount next to it', async () => {
		const [product] = env.emu.control.createObjects('product', [{ name: 'Mug' }]);
		const result = await run({
			resource: 'price',
			operation: 'create',
			productId: byId(product.id),
			currency: 'USD',
			unitAmount: 1999,
			additionalFields: { nickname: 'Mug, retail', lookupKey: 'mug_retail', taxBehavior: 'exclusive', metadata: { metadataValues: [{ key: 'sku', value: 'M1' }] } },
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(PRICE_RESPONSE);
		expect(out).toMatchObject({
			product: product.id,
			currency: 'usd',
			unit_amount: 1999,
			unit_amount_formatted: '19.99 USD',
			type: 'one_time',
			recurring: null,
			nickname: 'Mug, retail',
			lookup_key: 'mug_retail',
			tax_behavior: 'exclusive',
			metadata: { sku: 'M1' },
		});
		expect(env.emu.control.list('price')).toHaveLength(1);
	});

	test('Create with a new product (product_data), recurring every 3 months, in a zero-decimal currency', async () => {
		const result = await run({
			resource: 'price',
			operation: 'create',
			productSource: 'new',
			productName: 'Tea club',
			currency: 'jpy',
			unitAmount: 1500,
			billing: 'recurring',
			interval: 'month',
			intervalCount: 3,
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(out).toMatchObject({ type: 'recurring', recurring: { interval: 'month', interval_count: 3 }, unit_amount_formatted: '1500 JPY' });
		const [made] = env.emu.control.list('product');
		expect(made).toMatchObject({ id: out.product, name: 'Tea club' });
	});

	test('Create with a decimal unit amount (fractions of a cent)', async () => {
		const [product] = env.emu.control.createObjects('product', [{ name: 'API calls' }]);
		const result = await run({ resource: 'price', operation: 'create', productId: byId(product.id), currency: 'usd', amountType: 'decimal', unitAmountDecimal: '0.5' });
		expect(result.error).toBeUndefined();
		expect(result.outputOf('Stripe')[0].json).toMatchObject({ unit_amount: null, unit_amount_decimal: '0.5', unit_amount_formatted: null });
	});

	test.each([
		[{ unitAmount: 19.99 }, /^Item 1: "Unit Amount" must be a whole number in the smallest unit of USD, e.g. cents \(1999 is 19.99 USD\), not "19.99"/],
		[{ unitAmount: -5 }, /^Item 1: "Unit Amount" must be at least 0/],
		[{ currency: 'dollars' }, /^Item 1: "Currency" "dollars" is not a three-letter ISO currency code/],
		[{ currency: 'kwd', unitAmount: 1995 }, /^Item 1: "Unit Amount" must be a multiple of 10 in KWD/],
		[{ billing: 'recurring', interval: 'year', intervalCount: 4 }, /^Item 1: "Interval Count" must be a whole number from 1 to 3/],
		[{ productId: byId('={{ "prod 1" }}') }, /^Item 1: "Product" "prod 1" is not a Stripe ID/],
	])('bad input %j fails before any request', async (change, message) => {
		const result = await run({ resource: 'price', operation: 'create', productId: byId('prod_x'), currency: 'usd', unitAmount: 100, ...change });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('a price for a product that does not exist: Stripe\'s error names the param', async () => {
		const result = await run({ resource: 'price', operation: 'create', productId: byId('prod_gone'), currency: 'usd', unitAmount: 100 });
		const error = result.errorOf('Stripe');
		expect(error.message).toBe("Stripe: No such product: 'prod_gone'");
		expect(error.description).toMatch(/param: product/);
	});

	test('Get and Update (active, nickname, lookup key, metadata); the amount stays', async () => {
		const created = await run({ resource: 'price', operation: 'create', productSource: 'new', productName: 'Cap', currency: 'eur', unitAmount: 1200, additionalFields: { lookupKey: 'cap' } });
		const id = created.outputOf('Stripe')[0].json.id;
		const updated = await run({
			resource: 'price',
			operation: 'update',
			priceId: byId(id),
			updateFields: { active: false, nickname: 'Old cap', lookupKey: '', metadata: { metadataValues: [{ key: 'season', value: 'fall' }] } },
		});
		expect(updated.error).toBeUndefined();
		expect(updated.outputOf('Stripe')[0].json).toMatchObject({ id, active: false, nickname: 'Old cap', lookup_key: null, metadata: { season: 'fall' }, unit_amount: 1200 });
		const got = await run({ resource: 'price', operation: 'get', priceId: { mode: 'list', value: id } });
		expect(got.outputOf('Stripe')[0].json).toMatchObject({ id, active: false, unit_amount_formatted: '12.00 EUR' });
		const raw = await run({ resource: 'price', operation: 'get', priceId: byId(id), simplify: false });
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ object: 'price', unit_amount: 1200 });
	});

	test('Get Many filters by product, active, type, currency and lookup keys', async () => {
		const [a, b] = env.emu.control.createObjects('product', [{ name: 'A' }, { name: 'B' }]);
		const create = (productId, extra) => run({ resource: 'price', operation: 'create', productId: byId(productId), currency: 'usd', unitAmount: 100, ...extra });
		await create(a.id, { additionalFields: { lookupKey: 'a_one' } });
		await create(a.id, { billing: 'recurring', interval: 'month', additionalFields: { lookupKey: 'a_monthly' } });
		await create(b.id, { currency: 'eur' });
		const many = (filters) => run({ resource: 'price', operation: 'getAll', returnAll: true, filters }).then((r) => r.outputOf('Stripe').map((i) => i.json));
		expect(await many({ product: a.id })).toHaveLength(2);
		expect(await many({ type: 'recurring' })).toEqual([expect.objectContaining({ lookup_key: 'a_monthly' })]);
		expect(await many({ currency: 'EUR' })).toEqual([expect.objectContaining({ product: b.id })]);
		expect((await many({ lookupKeys: 'a_one, a_monthly' })).map((p) => p.lookup_key).sort()).toEqual(['a_monthly', 'a_one']);
		expect(await many({ active: false })).toEqual([]);
		const limited = await run({ resource: 'price', operation: 'getAll', limit: 1 });
		expect(limited.outputOf('Stripe')).toHaveLength(1);
	});

	test('Search by lookup key and product', async () => {
		const [product] = env.emu.control.createObjects('product', [{ name: 'Gold' }]);
		await run({ resource: 'price', operation: 'create', productId: byId(product.id), currency: 'usd', unitAmount: 900, additionalFields: { lookupKey: 'gold' } });
		const found = await run({ resource: 'price', operation: 'search', query: `product:'${product.id}' AND lookup_key:'gold'` });
		expect(found.outputOf('Stripe').map((i) => i.json.unit_amount_formatted)).toEqual(['9.00 USD']);
	});

	test('each create is POST /v1/prices with an Idempotency-Key derived from the work (effect create)', async () => {
		const [product] = env.emu.control.createObjects('product', [{ name: 'Mug' }]);
		const params = { resource: 'price', operation: 'create', productId: byId(product.id), currency: 'usd', unitAmount: 500 };
		const first = await runWorkflow({ workflow: stripeWorkflow(params), credentials: env.credentials, executionId: 'e1' });
		const again = await runWorkflow({ workflow: stripeWorkflow(params), credentials: env.credentials, executionId: 'e2' });
		expect(again.outputOf('Stripe')[0].json.id).toBe(first.outputOf('Stripe')[0].json.id);
		expect(env.emu.control.list('price')).toHaveLength(1);
		expect(posts().map((entry) => entry.path)).toEqual(['/v1/prices', '/v1/prices']);
	});
});
