'use strict';
const { stripeErrorDetails, stripeApiError, stripeDetailsOf } = require('../../nodes/shared/transport/stripeError.ts');
const { redactKeys, keyMode } = require('../../nodes/shared/transport/keyMode.ts');

const node = { id: 'n1', name: 'Stripe', type: 'stripeConnector', typeVersion: 1, position: [0, 0], parameters: {} };
const secret = ['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');

describe('Stripe error mapping', () => {
	const response = {
		statusCode: 400,
		headers: { 'request-id': 'req_abc123' },
		body: {
			error: {
				type: 'invalid_request_error',
				code: 'resource_missing',
				param: 'id',
				message: "No such customer: 'cus_missing'",
				doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
			},
		},
	};

	test('keeps type, code, param, message, doc url and request id', () => {
		const details = stripeErrorDetails(response);
		expect(details).toEqual({
			message: "No such customer: 'cus_missing'",
			type: 'invalid_request_error',
			code: 'resource_missing',
			param: 'id',
			doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
			request_id: 'req_abc123',
			status: 400,
		});
		const error = stripeApiError(node, details, 4);
		expect(error.message).toBe("Stripe: No such customer: 'cus_missing'");
		expect(error.description).toContain('param: id');
		expect(error.description).toContain('request id: req_abc123');
		expect(error.httpCode).toBe('400');
		expect(error.context.itemIndex).toBe(4);
		expect(stripeDetailsOf(error)).toEqual(details);
	});

	test('an API key echoed by Stripe never reaches the error', () => {
		const details = stripeErrorDetails({
			statusCode: 401,
			headers: {},
			body: { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${secret}` } },
		});
		const error = stripeApiError(node, details);
		const everything = JSON.stringify({ details, message: error.message, description: error.description, error });
		expect(everything).not.toContain(secret);
		expect(everything).not.toContain('4eC39HqLyjWD');
		expect(error.message).toContain('Invalid API Key provided: sk_test_…');
	});

	test('a body without Stripe error fields still gives a message with the status', () => {
		expect(stripeErrorDetails({ statusCode: 502, headers: {}, body: '<html>Bad gateway</html>' }).message).toBe(
			'Stripe answered HTTP 502',
		);
	});

	test('redaction and key modes', () => {
		expect(redactKeys(`key ${['rk', 'live', 'abcDEF123'].join('_')} end`)).toBe('key rk_live_… end');
		expect(keyMode(secret)).toBe('test');
		expect(keyMode(['rk', 'live', 'x'].join('_'))).toBe('live');
		expect(keyMode('pk_test_x')).toBe('unknown');
	});
});
