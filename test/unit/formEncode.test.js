'use strict';
const { encodeForm } = require('../../nodes/shared/transport/formEncode.ts');

describe('encodeForm (Stripe form encoding)', () => {
	test('nested metadata keys go in brackets and values are percent-encoded', () => {
		expect(encodeForm({ metadata: { plan: 'gold & silver', 'order id': '7' } })).toBe(
			'metadata[plan]=gold%20%26%20silver&metadata[order%20id]=7',
		);
	});

	test('arrays are indexed, except expand which uses []', () => {
		expect(encodeForm({ images: ['https://a.example/1.png', 'https://a.example/2.png'] })).toBe(
			'images[0]=https%3A%2F%2Fa.example%2F1.png&images[1]=https%3A%2F%2Fa.example%2F2.png',
		);
		expect(encodeForm({ expand: ['data.customer', 'data.invoice'] })).toBe('expand[]=data.customer&expand[]=data.invoice');
	});

	test('empty string, null and empty array are sent empty (Stripe unsets); undefined is not sent', () => {
		expect(encodeForm({ description: '', email: null, images: [], url: undefined, name: 'x' })).toBe(
			'description=&email=&images=&name=x',
		);
		expect(encodeForm({ metadata: { gone: '' } })).toBe('metadata[gone]=');
	});

	test('booleans and numbers, and created range filters', () => {
		expect(encodeForm({ active: false, shippable: true, limit: 100, created: { gte: 1700000000 } })).toBe(
			'active=false&shippable=true&limit=100&created[gte]=1700000000',
		);
	});

	test('a value cannot smuggle another parameter', () => {
		const encoded = encodeForm({ description: 'a&email=evil@example.com' });
		expect(new URLSearchParams(encoded).get('email')).toBeNull();
		expect(new URLSearchParams(encoded).get('description')).toBe('a&email=evil@example.com');
	});
});
