'use strict';
const { mapConcurrent } = require('../../nodes/shared/helpers/mapConcurrent.ts');

describe('mapConcurrent', () => {
	test('keeps input order and never exceeds the limit', async () => {
		let inFlight = 0;
		let peak = 0;
		const delays = [30, 5, 20, 1, 15, 2, 25, 3];
		const results = await mapConcurrent(delays, 3, async (delay, index) => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			await new Promise((resolve) => setTimeout(resolve, delay));
			inFlight--;
			return index;
		});
		expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(peak).toBe(3);
	});

	test('an empty input gives an empty output', async () => {
		expect(await mapConcurrent([], 5, async () => 1)).toEqual([]);
	});
});
