'use strict';
const { mapConcurrent } = require('../../nodes/shared/helpers/mapConcurrent.ts');

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapConcurrent', () => {
	test('keeps input order and never exceeds the limit', async () => {
		let inFlight = 0;
		let peak = 0;
		const delays = [30, 5, 20, 1, 15, 2, 25, 3];
		const results = await mapConcurrent(delays, 3, async (delay, index) => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			await pause(delay);
			inFlight--;
			return index;
		});
		expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(peak).toBe(3);
	});

	test('an empty input gives an empty output', async () => {
		expect(await mapConcurrent([], 5, async () => 1)).toEqual([]);
	});

	test('once stopped, starts nothing new, lets those in flight finish, and leaves the rest undefined', async () => {
		let stop = false;
		const started = [];
		const results = await mapConcurrent(
			Array.from({ length: 20 }, (_, i) => i),
			{ limit: () => 4, stopped: () => stop },
			async (value) => {
				started.push(value);
				await pause(5);
				if (value === 5) stop = true;
				return value;
			},
		);
		expect(started.length).toBeLessThanOrEqual(9);
		expect(results.slice(0, started.length)).toEqual(started);
		expect(results.slice(started.length).every((result) => result === undefined)).toBe(true);
	});

	test('follows a limit that changes while it runs', async () => {
		let limit = 1;
		let inFlight = 0;
		const peaks = [];
		await mapConcurrent(Array.from({ length: 30 }, (_, i) => i), { limit: () => limit }, async (value) => {
			inFlight++;
			peaks.push(inFlight);
			if (value === 5) limit = 6;
			await pause(3);
			inFlight--;
		});
		expect(Math.max(...peaks.slice(0, 5))).toBe(1);
		expect(Math.max(...peaks)).toBe(6);
	});
});
