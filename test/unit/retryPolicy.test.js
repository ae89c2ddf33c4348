'use strict';
const { decideRetry, backoffDelay } = require('../../nodes/shared/transport/retryPolicy.ts');

const half = () => 0.5;

describe('retry policy', () => {
	test.each([
		[{ statusCode: 500 }],
		[{ statusCode: 503 }],
		[{ statusCode: 409 }],
		[{ statusCode: 429, errorCode: 'rate_limit' }],
		[{ statusCode: 429, errorCode: 'lock_timeout' }],
		[{ statusCode: undefined }],
	])('retries %p', (outcome) => {
		expect(decideRetry(outcome, 1, 3, half).retry).toBe(true);
	});

	test.each([[{ statusCode: 400 }], [{ statusCode: 401 }], [{ statusCode: 402 }], [{ statusCode: 403 }], [{ statusCode: 404 }]])(
		'does not retry %p',
		(outcome) => {
			expect(decideRetry(outcome, 1, 3, half).retry).toBe(false);
		},
	);

	test('Stripe-Should-Retry: false wins over a retryable status', () => {
		expect(decideRetry({ statusCode: 503, shouldRetryHeader: 'false' }, 1, 3, half).retry).toBe(false);
		expect(decideRetry({ statusCode: undefined, shouldRetryHeader: 'false' }, 1, 3, half).retry).toBe(false);
	});

	test('Stripe-Should-Retry: true retries even a status we would not', () => {
		expect(decideRetry({ statusCode: 400, shouldRetryHeader: 'true' }, 1, 3, half).retry).toBe(true);
	});

	test('the number of retries is bounded', () => {
		expect(decideRetry({ statusCode: 500 }, 3, 3, half).retry).toBe(true);
		expect(decideRetry({ statusCode: 500 }, 4, 3, half).retry).toBe(false);
		expect(decideRetry({ statusCode: 500 }, 1, 0, half).retry).toBe(false);
	});

	test('backoff grows exponentially, is capped, and is jittered within [ceiling/2, ceiling]', () => {
		const delays = [1, 2, 3, 4].map((attempt) => backoffDelay(attempt, { statusCode: 500 }, () => 1));
		expect(delays).toEqual([250, 500, 1000, 2000]);
		expect(backoffDelay(20, { statusCode: 500 }, () => 1)).toBe(8000);
		expect(backoffDelay(1, { statusCode: 500 }, () => 0)).toBe(125);
		const rateLimited = backoffDelay(1, { statusCode: 429, errorCode: 'rate_limit' }, () => 1);
		expect(rateLimited).toBeGreaterThan(delays[0]);
	});
});
