'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const run = (parameters, items) => runWorkflow({ workflow: stripeWorkflow(parameters), credentials: env.credentials, items });
const images = (n) => Array.from({ length: n }, (_, i) => `https://cdn.example.com/${i}.png`);

describe('Product', () => {
	test('Create with every documented field outputs Product_Response; caption survives via metadata', async () => {
		const result = await run({
			resource: 'product',
			operation: 'create',
			name: 'Gold plan',
			additionalFields: {
				id: 'gold-plan',
				active: false,
				caption: 'Best seller',
				description: 'All features',
				images: ' https://cdn.example.com/a.png, https://cdn.example.com/b.png ,',
				shippable: false,
				url: 'https://example.com/gold',
			},
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(['active', 'caption', 'created', 'default_price', 'description', 'id', 'images', 'name', 'shippable', 'updated', 'url']);
		expect(out).toMatchObject({
			id: 'gold-plan',
			active: false,
			caption: 'Best seller',
			description: 'All features',
			images: ['https://cdn.example.com/a.png', 'https://cdn.example.com/b.png'],
			name: 'Gold plan',
			shippable: false,
			url: 'https://example.com/gold',
		});
		expect(out.created).toMatch(ISO);
		expect(out.updated).toMatch(ISO);
		expect(env.emu.control.list('product')[0].metadata).toEqual({ caption: 'Best seller' });
	});

	test('images may come from an expression as an array', async () => {
		const result = await run(
			{ resource: 'product', operation: 'create', name: '={{$json.name}}', additionalFields: { images: '={{$json.pictures}}' } },
			[{ name: 'Mug', pictures: images(2) }],
		);
		expect(result.outputOf('Stripe')[0].json.images).toEqual(images(2));
	});

	test('Update: added fields only; empty caption, url and images unset; name kept when not added', async () => {
		const [product] = env.emu.control.createObjects('product', [
			{ name: 'Mug', url: 'https://example.com/mug', images: images(2), description: 'Blue', metadata: { caption: 'Hot', sku: 'M1' } },
		]);
		const result = await run({
			resource: 'product',
			operation: 'update',
			productId: { mode: 'id', value: product.id },
			updateFields: { caption: '', url: '', images: '', active: false },
		});
		expect(result.error).toBeUndefined();
		const stored = env.emu.control.list('product')[0];
		expect(stored).toMatchObject({ name: 'Mug', description: 'Blue', url: null, images: [], active: false, metadata: { sku: 'M1' } });
		expect(result.outputOf('Stripe')[0].json.caption).toBeNull();
	});

	test('Update caption round trip: set, read back as caption, never sent as a parameter', async () => {
		const [product] = env.emu.control.createObjects('product', [{ name: 'Cap' }]);
		const result = await run({ resource: 'product', operation: 'update', productId: { mode: 'id', value: product.id }, updateFields: { caption: 'New!' } });
		expect(result.outputOf('Stripe')[0].json.caption).toBe('New!');
		expect(env.emu.control.list('product')[0].metadata.caption).toBe('New!');
	});

	test('a duplicate product id comes back with Stripe message and param', async () => {
		env.emu.control.createObjects('product', [{ id: 'dup', name: 'One' }]);
		const result = await run({ resource: 'product', operation: 'create', name: 'Two', additionalFields: { id: 'dup' } });
		expect(result.errorOf('Stripe').message).toBe('Stripe: Product already exists.');
		expect(result.errorOf('Stripe').description).toContain('param: id');
	});

	test.each([
		['a blank name', { operation: 'create', name: '={{"  "}}' }, /Item 1: "Name" is required/],
		['9 images', { operation: 'create', name: 'X', additionalFields: { images: images(9).join(',') } }, /Item 1: "Images" has 9 URLs; Stripe allows at most 8/],
		['an image that is not a URL', { operation: 'create', name: 'X', additionalFields: { images: 'cat.png' } }, /Item 1: "Images" "cat.png" is not an absolute http\(s\) URL/],
		['a url that is not one', { operation: 'create', name: 'X', additionalFields: { url: 'javascript:alert(1)' } }, /Item 1: "URL" .* is not an absolute http\(s\) URL/],
		['a product id with a slash', { operation: 'create', name: 'X', additionalFields: { id: 'a/b' } }, /Item 1: "ID" "a\/b" may contain only/],
	])('bad input (%s) fails before any request, naming item and field', async (_name, parameters, message) => {
		const result = await run({ resource: 'product', ...parameters });
		expect(result.errorOf('Stripe')?.message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	describe('Create with a default price (default_price_data)', () => {
		const withPrice = (price) => ({ resource: 'product', operation: 'create', name: 'Poster', additionalFields: { defaultPrice: { price } } });

		test('one request makes the product and its price; the output names the default price', async () => {
			const result = await run(withPrice({ currency: 'usd', unitAmount: 2500, billing: 'recurring', interval: 'year', intervalCount: 1, taxBehavior: 'inclusive' }));
			expect(result.error).toBeUndefined();
			const out = result.outputOf('Stripe')[0].json;
			const [price] = env.emu.control.list('price');
			expect(out.default_price).toBe(price.id);
			expect(price).toMatchObject({ product: out.id, unit_amount: 2500, currency: 'usd', type: 'recurring', recurring: { interval: 'year', interval_count: 1 }, tax_behavior: 'inclusive' });
			expect(env.emu.control.requestLog().map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /v1/products']);
		});

		test('its amount follows the money rules before any request', async () => {
			const result = await run(withPrice({ currency: 'usd', unitAmount: 25.5 }));
			expect(result.errorOf('Stripe').message).toMatch(/^Item 1: "Default Price: Unit Amount" must be a whole number in the smallest unit of USD/);
			expect(env.emu.control.stats().requests).toBe(0);
		});
	});
});
