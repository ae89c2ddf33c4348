'use strict';
const { ConcurrencyController } = require('../../nodes/shared/transport/concurrency.ts');

describe('concurrency controller', () => {
	test("keeps rate × latency in flight (Little's law), measured, with a little headroom", () => {
		const near = new ConcurrencyController();
		for (let i = 0; i < 30; i++) near.answered(100);
		const far = new ConcurrencyController();
		for (let i = 0; i < 30; i++) far.answered(1000);
		expect(near.limit(23.5, 100)).toBeLessThan(10);
		expect(far.limit(23.5, 100)).toBeGreaterThanOrEqual(24);
		expect(far.limit(23.5, 100)).toBeLessThanOrEqual(35);
	});

	test('before any answer, a run may keep a second of the pacer\'s turns in flight, not 1', () => {
		// 24/s for an assumed second per request, with the headroom and spare of a measured latency.
		const fresh = new ConcurrencyController();
		expect(fresh.limit(24, 100)).toBe(Math.ceil(24 * 1.25) + 2);
		expect(fresh.limit(24, 30)).toBe(30);
		expect(fresh.limit(5, 100)).toBe(Math.ceil(5 * 1.25) + 2);
	});

	test('never more than Max Concurrent Requests; the default 30 holds 25/s at 1 s per request', () => {
		const slow = new ConcurrencyController();
		for (let i = 0; i < 30; i++) slow.answered(1000);
		expect(slow.limit(23.5, 5)).toBe(5);
		expect(slow.limit(23.5, 30)).toBeGreaterThanOrEqual(23.5);
	});

	test('a 429 cuts the limit once per round; good answers bring it back', () => {
		const controller = new ConcurrencyController();
		for (let i = 0; i < 30; i++) controller.answered(800);
		const before = controller.limit(23.5, 100);
		controller.tooManyRequests(1000, before, 1000);
		const cut = controller.limit(23.5, 100);
		expect(cut).toBeLessThan(before);
		controller.tooManyRequests(900, cut, 1100); // sent before the cut: the same excess
		expect(controller.limit(23.5, 100)).toBe(cut);
		for (let i = 0; i < 200; i++) controller.answered(800);
		expect(controller.limit(23.5, 100)).toBe(before);
	});
});
