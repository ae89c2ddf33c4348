'use strict';
const { endpointOf, endpointLimit, GLOBAL_LIMIT } = require('../../nodes/shared/transport/limits.ts');

describe("Stripe's limits", () => {
	test.each([
		['POST', '/v1/customers', 'POST /v1/customers'],
		['GET', '/v1/customers/cus_123', 'GET /v1/customers/{id}'],
		['POST', '/v1/customers/cus_456', 'POST /v1/customers/{id}'],
		['GET', '/v1/products/my-gold-plan', 'GET /v1/products/{id}'],
		['GET', '/v1/customers/search', 'GET /v1/customers/search'],
		['GET', '/v1/checkout/sessions', 'GET /v1/checkout/sessions'],
		['GET', '/v1/checkout/sessions/cs_test_1', 'GET /v1/checkout/sessions/{id}'],
		['GET', '/v1/customers/cus_1/balance_transactions/cbtxn_2', 'GET /v1/customers/{id}/balance_transactions/{id}'],
		['GET', '/v1/invoices/upcoming/lines', 'GET /v1/invoices/upcoming/lines'],
	])('%s %s counts against %s', (method, path, endpoint) => {
		expect(endpointOf(method, path)).toBe(endpoint);
	});

	test('25/s per endpoint unless Stripe says otherwise: Search and Files 20/s', () => {
		expect(endpointLimit('POST /v1/customers')).toBe(25);
		expect(endpointLimit('GET /v1/products/search')).toBe(20);
		expect(endpointLimit('POST /v1/files')).toBe(20);
		expect(endpointLimit('GET /v1/files/{id}')).toBe(20);
	});

	test('global: 100/s live, 25/s in a sandbox', () => {
		expect(GLOBAL_LIMIT).toMatchObject({ live: 100, test: 25 });
	});
});
