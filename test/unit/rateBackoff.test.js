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
		expect(rateShare(LANE, 8000)).toBe(1);
	});

	test('half the answers refused (another process as busy on the key) halves the rate', () => {
		answers(24, 0, 2);
		expect(rateShare(LANE, 1000)).toBeLessThanOrEqual(0.5);
	});

	test('429s to requests paced before the last cut are the same excess: one cut per round, as deep as the evidence', () => {
		answers(10, 0);
		recordAnswer(LANE, true, 390, 400);
		const once = rateShare(LANE, 400);
		expect(once).toBeCloseTo(1 - 2 / 11, 2);
		// An echo: 2 of 12 answers refused now. The round's cut becomes ×(1 − 2 × 2/12), not ×0.82 × 0.67.
		recordAnswer(LANE, true, 395, 420);
		expect(rateShare(LANE, 420)).toBeCloseTo(1 - 4 / 12, 2);
		expect(lastCut(LANE)).toBe(420);
		// A 429 to a request paced after the cut is new evidence: a new round cuts again.
		recordAnswer(LANE, true, 430, 440);
		expect(rateShare(LANE, 440)).toBeLessThan(1 - 4 / 12);
	});

	test('two processes starting at once on one key: the echoes of the first 429 bring the rate to about half within a round', () => {
		answers(5, 0);
		recordAnswer(LANE, true, 150, 200); // the first 429 comes when few answers are in: a mild cut
		expect(rateShare(LANE, 200)).toBeGreaterThan(0.6);
		for (let i = 0; i < 6; i++) recordAnswer(LANE, true, 160 + i, 210 + i * 20); // its echoes: all refused
		expect(rateShare(LANE, 320)).toBeCloseTo(0.5, 1);
	});

	test('a lane cut deep climbs back faster than a lane cut mildly', () => {
		const deep = new RateBackoff();
		const mild = new RateBackoff();
		for (let i = 0; i < 10; i++) deep.record(LANE, i % 2 === 0, 0, 40 * i);
		for (let i = 0; i < 10; i++) mild.record(LANE, i === 9, 0, 40 * i);
		const climb = (lanes, seconds) => lanes.share(LANE, 360 + seconds * 1000) - lanes.share(LANE, 360);
		expect(climb(deep, 3)).toBeGreaterThan(2 * climb(mild, 3));
	});

	test('lanes are independent', () => {
		answers(10, 0, 1);
		expect(rateShare(LANE, 400)).toBeLessThan(1);
		expect(rateShare('k GET /v1/customers/{id}', 400)).toBe(1);
	});
});
