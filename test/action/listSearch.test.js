'use strict';
/** The Customer and Product pickers ("From List"), through n8n-core's LoadOptionsContext. */
const { listSearch } = require('../harness');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();
const search = (method, filter, paginationToken) =>
	listSearch({ nodeType: 'stripeConnector', credentials: env.credentials, method, filter, paginationToken });

async function all(method, filter) {
	const found = [];
	let token;
	for (let page = 0; page < 20; page++) {
		const result = await search(method, filter, token);
		found.push(...result.results);
		token = result.paginationToken;
		if (!token) return found;
	}
	throw new Error('pagination did not end');
}

describe('resource locator lists', () => {
	test('without a filter: every customer, newest first, across pages', async () => {
		const made = env.emu.control.createMany('customer', 60, {}).map((c) => c.id);
		const first = await search('searchCustomers');
		expect(first.results).toHaveLength(25);
		expect(first.paginationToken).toBeDefined();
		const found = await all('searchCustomers');
		expect(found.map((r) => r.value)).toEqual([...made].reverse());
		expect(found[0].url).toBe(`https://dashboard.stripe.com/customers/${made[59]}`);
	});

	test('with a filter: Stripe search by email or name, paginated with next_page', async () => {
		env.emu.control.createObjects('customer', Array.from({ length: 30 }, (_, i) => ({ email: `shop${i}@acme.example`, name: `Acme ${i}` })));
		env.emu.control.createObjects('customer', [{ email: 'other@else.example', name: 'Else' }]);
		const found = await all('searchCustomers', 'acme');
		expect(found).toHaveLength(30);
		expect(found.every((r) => /Acme \d+ <shop\d+@acme\.example>/.test(r.name))).toBe(true);
	});

	test('a filter with quotes cannot break out of the search query', async () => {
		env.emu.control.createObjects('product', [{ name: 'Say "hi"' }, { name: 'Other' }]);
		const found = await all('searchProducts', 'say "hi"');
		expect(found.map((r) => r.name)).toEqual(['Say "hi"']);
	});

	test('products list and search', async () => {
		env.emu.control.createObjects('product', [{ name: 'Gold plan' }, { name: 'Silver plan' }, { name: 'Mug' }]);
		expect((await all('searchProducts')).map((r) => r.name)).toEqual(['Mug', 'Silver plan', 'Gold plan']);
		expect((await all('searchProducts', 'plan')).map((r) => r.name).sort()).toEqual(['Gold plan', 'Silver plan']);
	});
});
