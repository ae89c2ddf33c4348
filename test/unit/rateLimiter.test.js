'use strict';
const { reserveSlot, resetRateLimiter } = require('../../nodes/shared/transport/rateLimiter.ts');

describe('client-side rate limiter', () => {
	beforeEach(() => resetRateLimiter());

	test('spaces requests 1/rate apart per key', () => {
		const waits = Array.from({ length: 5 }, () => reserveSlot('key-a', 25, 1000));
		expect(waits).toEqual([0, 40, 80, 120, 160]);
	});

	test('keys are paced independently', () => {
		reserveSlot('key-a', 100, 0);
		reserveSlot('key-a', 100, 0);
		expect(reserveSlot('key-b', 100, 0)).toBe(0);
	});

	test('no backlog is carried over an idle period', () => {
		reserveSlot('key-a', 10, 0);
		expect(reserveSlot('key-a', 10, 5000)).toBe(0);
	});

	test('N requests at rate R take (N-1)/R seconds of waiting at most', () => {
		let last = 0;
		for (let i = 0; i < 100; i++) last = reserveSlot('key-a', 100, 0);
		expect(last).toBeCloseTo(990, 5);
	});

	test('0 turns pacing off', () => {
		expect(reserveSlot('key-a', 0, 0)).toBe(0);
		expect(reserveSlot('key-a', 0, 0)).toBe(0);
	});
});
