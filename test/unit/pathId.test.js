'use strict';
const { encodePathId, resourcePath } = require('../../nodes/shared/transport/pathId.ts');

const BASE = 'https://api.stripe.com';

describe('path ids', () => {
	test('an ordinary id is kept as is', () => {
		expect(resourcePath('/v1/customers', 'cus_NffrFeUfNV2Hib')).toBe('/v1/customers/cus_NffrFeUfNV2Hib');
	});

	test.each([
		['cus_1/../charges'],
		['cus_1/../../v1/charges'],
		['cus_1?limit=100'],
		['cus_1#frag'],
		['..%2Fcharges'],
	])('%s stays inside one segment of /v1/customers', (id) => {
		const url = new URL(BASE + resourcePath('/v1/customers', id));
		expect(url.pathname.startsWith('/v1/customers/')).toBe(true);
		expect(url.pathname.slice('/v1/customers/'.length)).not.toContain('/');
		expect(url.search).toBe('');
		expect(decodeURIComponent(url.pathname.slice('/v1/customers/'.length))).toBe(id);
	});

	test.each([['..'], ['.'], ['%2e%2E'], [''], ['   ']])('%p is refused (dot segment or empty)', (id) => {
		expect(() => encodePathId(id)).toThrow();
	});

	test('an id longer than 255 characters is refused', () => {
		expect(() => encodePathId('x'.repeat(256))).toThrow(/255/);
	});
});
