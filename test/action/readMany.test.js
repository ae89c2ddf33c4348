'use strict';
/** Get Many and Search for customers and products, in n8n-core's engine against the emulator. */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator({ clock: 1_700_000_000 });
const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const CUSTOMER_RESPONSE = ['account_balance', 'created', 'currency', 'delinquent', 'description', 'discount', 'email', 'id'].sort();
const PRODUCT_RESPONSE = ['active', 'caption', 'created', 'default_price', 'description', 'id', 'images', 'name', 'shippable', 'updated', 'url'].sort();
const requests = (route) => env.emu.control.stats().byRoute[route] ?? 0;
const ids = (result) => result.outputOf('Stripe').map((item) => item.json.id);

describe('Get Many', () => {
	test('Return All over 250 customers: every one once, newest first, Customer_Response, in 3 requests of 100', async () => {
		const made = env.emu.control.createMany('customer', 250, {}).map((c) => c.id);
		const result = await run({ resource: 'customer', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe');
		expect(out.map((item) => item.json.id)).toEqual([...made].reverse());
		expect(new Set(out.map((item) => item.json.id)).size).toBe(250);
		expect(out.every((item) => JSON.stringify(Object.keys(item.json).sort()) === JSON.stringify(CUSTOMER_RESPONSE))).toBe(true);
		expect(out.every((item) => item.pairedItem.item === 0)).toBe(true);
		expect(requests('GET /v1/customers')).toBe(3);
	});

	test('Limit 5 returns the 5 newest in one request; the default limit is 50', async () => {
		const made = env.emu.control.createMany('customer', 120, {}).map((c) => c.id);
		const five = await run({ resource: 'customer', operation: 'getAll', limit: 5 });
		expect(ids(five)).toEqual(made.slice(-5).reverse());
		expect(requests('GET /v1/customers')).toBe(1);
		expect(ids(await run({ resource: 'customer', operation: 'getAll' }))).toHaveLength(50);
	});

	test('customer filters: exact email, and a created range converted to whole seconds (inclusive)', async () => {
		env.emu.control.createObjects('customer', [
			{ email: 'ada@example.com', created: 1_700_000_000 },
			{ email: 'ada@example.com', created: 1_700_000_100 },
			{ email: 'alan@example.com', created: 1_700_000_100 },
			{ email: 'grace@example.com', created: 1_700_000_200 },
		]);
		const emailOf = (result) => result.outputOf('Stripe').map((item) => item.json.email);
		const byEmail = await run({ resource: 'customer', operation: 'getAll', returnAll: true, filters: { email: 'ada@example.com' } });
		expect(emailOf(byEmail)).toEqual(['ada@example.com', 'ada@example.com']);
		const range = await run({
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { createdAfter: '2023-11-14T22:15:00.400Z', createdBefore: '2023-11-14T22:15:00.900Z' },
		});
		expect(emailOf(range).sort()).toEqual(['ada@example.com', 'alan@example.com']);
		const after = await run({ resource: 'customer', operation: 'getAll', returnAll: true, filters: { createdAfter: '2023-11-14T22:15:00Z' } });
		expect(emailOf(after).sort()).toEqual(['ada@example.com', 'alan@example.com', 'grace@example.com']);
		const before = await run({ resource: 'customer', operation: 'getAll', returnAll: true, filters: { createdBefore: '2023-11-14T22:13:20Z' } });
		expect(emailOf(before)).toEqual(['ada@example.com']);
	});

	test('product filters: active, shippable, created; Product_Response; Simplify off gives Stripe\'s raw objects', async () => {
		env.emu.control.createObjects('product', [
			{ name: 'Old shirt', active: false, shippable: true, created: 1_600_000_000 },
			{ name: 'Shirt', active: true, shippable: true, created: 1_700_000_000 },
			{ name: 'Gift card', active: true, shippable: false, created: 1_700_000_000 },
		]);
		const names = async (filters, extra = {}) =>
			(await run({ resource: 'product', operation: 'getAll', returnAll: true, filters, ...extra })).outputOf('Stripe').map((item) => item.json.name).sort();
		expect(await names({ active: true })).toEqual(['Gift card', 'Shirt']);
		expect(await names({ active: false })).toEqual(['Old shirt']);
		expect(await names({ shippable: false })).toEqual(['Gift card']);
		expect(await names({ active: true, shippable: true })).toEqual(['Shirt']);
		expect(await names({ createdBefore: '2021-01-01T00:00:00Z' })).toEqual(['Old shirt']);
		const simplified = await run({ resource: 'product', operation: 'getAll', limit: 1 });
		expect(Object.keys(simplified.outputOf('Stripe')[0].json).sort()).toEqual(PRODUCT_RESPONSE);
		const raw = await run({ resource: 'product', operation: 'getAll', limit: 1, simplify: false });
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ object: 'product', default_price: null });
	});

	test('nothing found: no item and no error', async () => {
		const result = await run({ resource: 'customer', operation: 'getAll', returnAll: true, filters: { email: 'nobody@example.com' } });
		expect(result.error).toBeUndefined();
		expect(result.errorOf('Stripe')).toBeUndefined();
		expect(result.outputOf('Stripe')).toEqual([]);
	});

	// Item 1 is fine, item 2 is not: the node fails naming item 2, and item 1 is not sent either.
	const onlyItem2 = (value) => `={{ $json.bad ? ${JSON.stringify(value)} : '' }}`;
	test.each([
		['a date that is not one', { filters: { createdAfter: onlyItem2('last tuesday') } }, /^Item 2: "Created After" "last tuesday" is not a date/],
		[
			'a range that ends before it starts',
			{ filters: { createdAfter: onlyItem2('2024-02-01T00:00:00Z'), createdBefore: '2024-01-01T00:00:00Z' } },
			/^Item 2: "Created After" is later than "Created Before"/,
		],
		['an email filter that is not an email', { filters: { email: onlyItem2('ada') } }, /^Item 2: "Email" "ada" is not an email address/],
		['a limit of 0 from an expression', { limit: '={{ $json.bad ? 0 : 5 }}' }, /^Item 2: "Limit" must be a whole number of at least 1/],
	])('%s fails the node naming the item and the field, before any request', async (_name, bad, message) => {
		const result = await run({ resource: 'customer', operation: 'getAll', ...bad }, [{ bad: false }, { bad: true }]);
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(result.errorOf('Stripe').description).toMatch(/Nothing was sent to Stripe/);
		expect(env.emu.control.stats().requests).toBe(0);
	});
});

describe('Search', () => {
	test('a metadata query across pages with Return All: every match once, newest first, Customer_Response', async () => {
		const made = env.emu.control.createObjects(
			'customer',
			Array.from({ length: 300 }, (_, i) => ({ email: `c${i}@example.com`, metadata: { tier: i % 2 === 0 ? 'gold' : 'silver' } })),
		);
		const gold = made.filter((c) => c.metadata.tier === 'gold').map((c) => c.id).reverse();
		const result = await run({ resource: 'customer', operation: 'search', query: "metadata['tier']:'gold'", returnAll: true });
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(gold);
		expect(Object.keys(result.outputOf('Stripe')[0].json).sort()).toEqual(CUSTOMER_RESPONSE);
		expect(requests('GET /v1/customers/search')).toBe(2);
	});

	test('Limit stops the walk: 120 of 150 matches in 2 requests; double quotes work too', async () => {
		env.emu.control.createObjects('customer', Array.from({ length: 150 }, (_, i) => ({ name: `Acme ${i}` })));
		const result = await run({ resource: 'customer', operation: 'search', query: 'name~"acme"', limit: 120 });
		expect(ids(result)).toHaveLength(120);
		expect(requests('GET /v1/customers/search')).toBe(2);
	});

	test('one search per input item, the query from an expression; outputs keep input order and pairing', async () => {
		const [ada, , grace] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }, { email: 'alan@example.com' }, { email: 'grace@example.com' }]);
		const result = await run(
			{ resource: 'customer', operation: 'search', query: "=email:'{{ $json.email }}'" },
			[{ email: 'grace@example.com' }, { email: 'nobody@example.com' }, { email: 'ada@example.com' }],
		);
		const out = result.outputOf('Stripe');
		expect(out.map((item) => [item.json.id, item.pairedItem.item])).toEqual([
			[grace.id, 0],
			[ada.id, 2],
		]);
	});

	test('products by name and a boolean; Stripe refuses a query on a field products do not have', async () => {
		env.emu.control.createObjects('product', [{ name: 'Blue shirt', active: true }, { name: 'Red shirt', active: false }, { name: 'Mug' }]);
		const found = await run({ resource: 'product', operation: 'search', query: "name~'shirt' AND active:'true'", returnAll: true });
		expect(found.outputOf('Stripe').map((item) => item.json.name)).toEqual(['Blue shirt']);
		const refused = await run({ resource: 'product', operation: 'search', query: "email:'x@example.com'" });
		expect(refused.errorOf('Stripe').message).toMatch(/^Stripe: Invalid search query/);
		expect(refused.errorOf('Stripe').description).toContain('param: query');
	});

	test('an empty query fails naming the item and the field, before any request', async () => {
		const result = await run({ resource: 'customer', operation: 'search', query: '={{ $json.q }}' }, [{ q: "email:'a@example.com'" }, { q: '  ' }]);
		expect(result.errorOf('Stripe').message).toMatch(/^Item 2: "Search Query" is empty/);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('a failure mid-walk is Stripe\'s error; with Continue On Fail it is that item\'s error item', async () => {
		env.emu.control.createMany('customer', 150, { name: 'Acme' });
		env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'parameter_invalid_string', param: 'page', message: 'Invalid page.', after: 1, match: { path: '/v1/customers/search' } }]);
		const failed = await run({ resource: 'customer', operation: 'search', query: "name:'acme'", returnAll: true });
		expect(failed.errorOf('Stripe').message).toBe('Stripe: Invalid page.');
		env.emu.control.injectFaults([{ kind: 'status', status: 400, message: 'Invalid page.', after: 1, match: { path: '/v1/customers/search' } }]);
		const continued = await run({ resource: 'customer', operation: 'search', query: "name:'acme'", returnAll: true }, undefined, { onError: 'continueRegularOutput' });
		expect(continued.outputOf('Stripe').map((item) => item.json)).toEqual([{ error: expect.objectContaining({ message: 'Invalid page.', status: 400 }) }]);
	});
});
