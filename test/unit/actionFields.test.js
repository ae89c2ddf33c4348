'use strict';
const { imagesValue, metadataValue, locatorId, emailValue } = require('../../nodes/StripeConnector/helpers/fields.ts');
const { productBody } = require('../../nodes/StripeConnector/actions/product/fields.ts');
const { customerBody } = require('../../nodes/StripeConnector/actions/customer/fields.ts');
const { simplifyProduct } = require('../../nodes/shared/mappers/product.ts');

const node = { id: 'n', name: 'Stripe', type: 'stripeConnector', typeVersion: 1, position: [0, 0], parameters: {} };
const meta = (pairs) => ({ metadataValues: pairs.map(([key, value]) => ({ key, value })) });

describe('action field helpers', () => {
	test('images: comma-separated or array, trimmed, empties dropped; [] when cleared', () => {
		expect(imagesValue(node, 0, ' https://a.example/1.png,, https://a.example/2.png ')).toEqual(['https://a.example/1.png', 'https://a.example/2.png']);
		expect(imagesValue(node, 0, ['https://a.example/1.png'])).toEqual(['https://a.example/1.png']);
		expect(imagesValue(node, 0, '')).toEqual([]);
		expect(() => imagesValue(node, 4, 'ftp://a.example/x.png')).toThrow('Item 5: "Images" "ftp://a.example/x.png" is not an absolute http(s) URL');
	});

	test('metadata: empty value kept as "" (Stripe removes the key), limits enforced', () => {
		expect(metadataValue(node, 0, meta([['a', '1'], ['b', '']]))).toEqual({ a: '1', b: '' });
		expect(metadataValue(node, 0, {})).toBeUndefined();
		expect(() => metadataValue(node, 0, meta([['a[b]', '1']]))).toThrow(/may not contain \[ or \]/);
		expect(() => metadataValue(node, 0, meta([['', '1']]))).toThrow(/without a key/);
	});

	test('ids and emails', () => {
		expect(locatorId(node, 0, 'Customer', { mode: 'list', value: ' cus_1 ' })).toBe('cus_1');
		expect(() => locatorId(node, 0, 'Customer', 'cus 1')).toThrow(/not a Stripe ID/);
		expect(emailValue(node, 0, '')).toBe('');
		expect(() => emailValue(node, 0, 'a@b')).toThrow(/is not an email address/);
	});

	test('product body: caption goes to metadata, never as a parameter; absent fields are not sent', () => {
		const body = productBody(node, 0, { caption: 'Hot', url: '', metadata: meta([['sku', 'M1']]) });
		expect(body).toEqual({ url: '', metadata: { sku: 'M1', caption: 'Hot' } });
		expect(body).not.toHaveProperty('caption');
		expect(customerBody(node, 0, {})).toEqual({});
	});

	test('product mapper reads caption back from metadata and dates as ISO', () => {
		const product = { id: 'prod_1', active: true, created: 0, updated: 60, name: 'X', images: [], metadata: { caption: 'Hi' }, description: null, shippable: null, url: null };
		expect(simplifyProduct(product)).toEqual({ id: 'prod_1', active: true, caption: 'Hi', created: '1970-01-01T00:00:00.000Z', default_price: null, description: null, images: [], name: 'X', shippable: null, updated: '1970-01-01T00:01:00.000Z', url: null });
	});
});
