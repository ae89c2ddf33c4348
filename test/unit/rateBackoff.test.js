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

	test('a lane cut deep climbs back faster than a lane cut mildly, once no neighbour is heard from', () => {
		const deep = new RateBackoff();
		const mild = new RateBackoff();
		for (let i = 0; i < 24; i++) deep.record(LANE, i % 2 === 0, 0, 40 * i, PER_SECOND);
		for (let i = 0; i < 24; i++) mild.record(LANE, i === 23, 0, 40 * i, PER_SECOND);
		const climb = (lanes, fromSeconds, toSeconds) => lanes.share(LANE, 920 + toSeconds * 1000) - lanes.share(LANE, 920 + fromSeconds * 1000);
		expect(climb(deep, 6, 7)).toBeGreaterThan(2 * climb(mild, 6, 7));
		expect(deep.share(LANE, 920 + 15_000)).toBe(1);
	});

	test('a process running at a small share reads a lone 429 as what it is, not as a large share of its few answers', () => {
		for (let i = 0; i < 5; i++) recordAnswer(LANE, false, i * 200 - 1, i * 200); // 5/s: a fifth of the lane
		recordAnswer(LANE, true, 990, 1000);
		expect(rateShare(LANE, 1000)).toBeCloseTo(0.9, 2);
	});

	describe('beside a neighbour as busy (the fair share)', () => {
		/** One round (a 429 and its echoes, all paced before it) after `good` good answers. */
		const round = (lanes, good, refused) => {
			for (let i = 0; i < good; i++) lanes.record(LANE, false, i * 40 - 1, i * 40, PER_SECOND);
			for (let i = 0; i < refused; i++) lanes.record(LANE, true, good * 40 - 40 + i, good * 40 + i * 40, PER_SECOND);
		};
		/** Half the answers refused: a neighbour sends as much. */
		const neighbourRound = () => round(backoff, 12, 12);
		/** The round's last echo. */
		const CUT_AT = 920;

		test('the share a contended round leaves is the fair share: a lone 429 to a lane probing above it takes it back there, not below', () => {
			neighbourRound();
			const fairShare = 0.5;
			expect(rateShare(LANE, CUT_AT)).toBeCloseTo(fairShare, 1);
			// 3 s later the lane probes above its fair share; a lone 429 (the neighbour probed too).
			answers(24, 2920);
			const probing = rateShare(LANE, 3900);
			expect(probing).toBeGreaterThan(fairShare + 0.02);
			recordAnswer(LANE, true, 3895, 3900);
			expect(rateShare(LANE, 3900)).toBeCloseTo(fairShare, 5);
		});

		test('above its fair share the lane climbs by the same step each second, whatever its fair share', () => {
			neighbourRound();
			const other = new RateBackoff();
			// A neighbour's luck left this one more: a sixth of its answers were refused.
			round(other, 20, 4);
			const step = (lanes, second) => lanes.share(LANE, CUT_AT + (second + 1) * 1000) - lanes.share(LANE, CUT_AT + second * 1000);
			expect(other.share(LANE, CUT_AT)).toBeGreaterThan(rateShare(LANE, CUT_AT) + 0.1);
			for (const second of [0, 1, 2]) {
				expect(step(backoff, second)).toBeGreaterThan(0);
				expect(step(backoff, second)).toBeCloseTo(step(backoff, 0), 5);
				expect(step(other, second)).toBeCloseTo(step(backoff, second), 5);
			}
		});

		test('a 429 at the fair share itself lowers it (a third process on the key)', () => {
			neighbourRound();
			const fairShare = rateShare(LANE, CUT_AT);
			recordAnswer(LANE, true, 1100, 1110);
			const lowered = rateShare(LANE, 1110);
			expect(lowered).toBeLessThan(fairShare);
			// The next probe above the lowered share falls back to it.
			answers(24, 4000);
			recordAnswer(LANE, true, 4995, 5000);
			expect(rateShare(LANE, 5000)).toBeCloseTo(lowered, 5);
		});

		test('after seconds without a round the neighbour is taken to have finished: the lane climbs back to its full rate', () => {
			neighbourRound();
			expect(rateShare(LANE, CUT_AT + 4000)).toBeLessThan(0.6);
			expect(rateShare(LANE, CUT_AT + 12_000)).toBe(1);
			// Back at the full rate, the neighbour is forgotten: a lone 429 is a mild cut again.
			answers(24, CUT_AT + 12_000);
			recordAnswer(LANE, true, CUT_AT + 13_000, CUT_AT + 13_010);
			expect(rateShare(LANE, CUT_AT + 13_010)).toBeCloseTo(0.9, 2);
		});
	});

	test('lanes are independent', () => {
		answers(10, 0, 1);
		expect(rateShare(LANE, 400)).toBeLessThan(1);
		expect(rateShare('k GET /v1/customers/{id}', 400)).toBe(1);
	});
});
