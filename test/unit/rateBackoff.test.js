'use strict';
const { RateBackoff } = require('../../nodes/shared/transport/rateBackoff.ts');

let backoff;
const rateShare = (lane, now) => backoff.share(lane, now);
const recordAnswer = (lane, refused, pacedAt, now) => backoff.record(lane, refused, pacedAt, now);
const lastCut = (lane) => backoff.lastCut(lane);

const LANE = 'k POST /v1/customers';
/** `count` answers to the lane, 40 ms apart from `from`, every `refusedEvery`-th one a rate_limit 429. */
function answers(count, from, refusedEvery = 0) {
	for (let i = 0; i < count; i++) recordAnswer(LANE, refusedEvery > 0 && i % refusedEvery === refusedEvery - 1, from + i * 40 - 1, from + i * 40);
}

describe('rate backoff after 429s', () => {
	beforeEach(() => {
		backoff = new RateBackoff();
	});

	test('a lone 429 among good answers cuts the rate mildly, and it recovers within seconds', () => {
		answers(24, 0);
		recordAnswer(LANE, true, 990, 1000);
		expect(rateShare(LANE, 1000)).toBeCloseTo(0.9, 5);
		expect(lastCut(LANE)).toBe(1000);
		expect(rateShare(LANE, 2000)).toBeGreaterThan(0.9);
		expect(rateShare(LANE, 5000)).toBe(1);
	});

	test('half the answers refused (another process as busy on the key) halves the rate', () => {
		answers(24, 0, 2);
		expect(rateShare(LANE, 1000)).toBeLessThanOrEqual(0.5);
	});

	test('429s to requests paced before the last cut are the same excess: one cut per round', () => {
		answers(10, 0);
		recordAnswer(LANE, true, 390, 400);
		const once = rateShare(LANE, 400);
		recordAnswer(LANE, true, 395, 420);
		expect(rateShare(LANE, 420)).toBeCloseTo(once, 2);
		recordAnswer(LANE, true, 430, 440);
		expect(rateShare(LANE, 440)).toBeLessThan(once);
	});

	test('lanes are independent', () => {
		answers(10, 0, 1);
		expect(rateShare(LANE, 400)).toBeLessThan(1);
		expect(rateShare('k GET /v1/customers/{id}', 400)).toBe(1);
	});
});
