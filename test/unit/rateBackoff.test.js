'use strict';
const { RateBackoff } = require('../../nodes/shared/transport/rateBackoff.ts');

let backoff;
const rateShare = (lane, now) => backoff.share(lane, now);
/** The lane's full rate: 24/s (25/s less the pacing margin). */
const PER_SECOND = 24;
const recordAnswer = (lane, refused, pacedAt, now) => backoff.record(lane, refused, pacedAt, now, PER_SECOND);
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
		answers(24, 0);
		recordAnswer(LANE, true, 990, 1000);
		expect(rateShare(LANE, 1000)).toBeCloseTo(0.9, 2);
		// Two echoes: 3 of 26 answers refused now. The round's cut becomes ×(1 − 2 × 3/26), not ×0.9 × 0.77.
		recordAnswer(LANE, true, 992, 1010);
		recordAnswer(LANE, true, 994, 1020);
		expect(rateShare(LANE, 1020)).toBeCloseTo(1 - 6 / 26, 2);
		expect(lastCut(LANE)).toBe(1020);
		// A 429 to a request paced after the cut is new evidence: a new round cuts again.
		recordAnswer(LANE, true, 1030, 1040);
		expect(rateShare(LANE, 1040)).toBeLessThan(1 - 6 / 26);
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
		for (let i = 0; i < 24; i++) deep.record(LANE, i % 2 === 0, 0, 40 * i, PER_SECOND);
		for (let i = 0; i < 24; i++) mild.record(LANE, i === 23, 0, 40 * i, PER_SECOND);
		const climb = (lanes, seconds) => lanes.share(LANE, 920 + seconds * 1000) - lanes.share(LANE, 920);
		expect(climb(deep, 3)).toBeGreaterThan(2 * climb(mild, 3));
	});

	test('a process running at a small share reads a lone 429 as what it is, not as a large share of its few answers', () => {
		for (let i = 0; i < 5; i++) recordAnswer(LANE, false, i * 200 - 1, i * 200); // 5/s: a fifth of the lane
		recordAnswer(LANE, true, 990, 1000);
		expect(rateShare(LANE, 1000)).toBeCloseTo(0.9, 2);
	});

	test('lanes are independent', () => {
		answers(10, 0, 1);
		expect(rateShare(LANE, 400)).toBeLessThan(1);
		expect(rateShare('k GET /v1/customers/{id}', 400)).toBe(1);
	});
});
