'use strict';
const { Pacer } = require('../../nodes/shared/transport/pacer.ts');

/** The most send times in any one-second window [t, t + 1000). */
function mostInOneSecond(times) {
	const sorted = [...times].sort((a, b) => a - b);
	let most = 0;
	for (let i = 0, j = 0; i < sorted.length; i++) {
		while (sorted[j] < sorted[i] - 999.999) j++;
		most = Math.max(most, i - j + 1);
	}
	return most;
}

describe('pacer', () => {
	let pacer;
	beforeEach(() => {
		pacer = new Pacer();
	});
	const reserveSlot = (lanes, now) => pacer.reserve(lanes, now);
	const releaseSlot = (lanes, at) => pacer.release(lanes, at);

	test('spaces the requests of a lane 1/rate apart: smooth, no burst at the start of a second', () => {
		const lane = [{ id: 'k POST /v1/customers', perSecond: 25 }];
		expect(Array.from({ length: 5 }, () => reserveSlot(lane, 1000))).toEqual([0, 40, 80, 120, 160]);
	});

	test('gives back the slots reserved ahead of now, keeping those already due', () => {
		const lane = { id: 'k POST /v1/customers', perSecond: 25 };
		expect(Array.from({ length: 5 }, () => reserveSlot([lane], 0))).toEqual([0, 40, 80, 120, 160]);
		pacer.releaseAfter(lane, 50);
		// Slots 0 and 40 stay; the next one is 40 ms after the last kept, not after 160.
		expect(reserveSlot([lane], 50)).toBe(30);
	});

	test('never more than the rate of any lane in any one-second window, with two endpoints under one global limit', () => {
		const global = { id: 'k *', perSecond: 23.5 };
		const customers = { id: 'k POST /v1/customers', perSecond: 23.5 };
		const search = { id: 'k GET /v1/customers/search', perSecond: 18.8 };
		const sent = { global: [], customers: [], search: [] };
		let now = 0;
		for (let i = 0; i < 600; i++) {
			now += (i * 7919) % 23; // requests arrive unevenly, often faster than the rates
			const toSearch = i % 3 === 0;
			const at = now + reserveSlot([global, toSearch ? search : customers], now);
			sent.global.push(at);
			sent[toSearch ? 'search' : 'customers'].push(at);
		}
		expect(mostInOneSecond(sent.global)).toBeLessThanOrEqual(24);
		expect(mostInOneSecond(sent.customers)).toBeLessThanOrEqual(24);
		expect(mostInOneSecond(sent.search)).toBeLessThanOrEqual(19);
	});

	test('a busy endpoint does not hold back another endpoint beyond the global spacing', () => {
		const global = { id: 'k *', perSecond: 100 };
		const slow = { id: 'k GET /v1/files', perSecond: 10 };
		for (let i = 0; i < 5; i++) reserveSlot([global, slow], 0); // 0, 100, …, 400 ms
		expect(reserveSlot([global, { id: 'k GET /v1/customers', perSecond: 25 }], 0)).toBe(10);
	});

	test('keys are paced independently; no backlog is carried over an idle period', () => {
		const a = [{ id: 'a *', perSecond: 10 }];
		reserveSlot(a, 0);
		reserveSlot(a, 0);
		expect(reserveSlot([{ id: 'b *', perSecond: 10 }], 0)).toBe(0);
		expect(reserveSlot(a, 5000)).toBe(0);
	});

	test('a released slot is free again', () => {
		const lane = [{ id: 'k *', perSecond: 10 }];
		const wait = reserveSlot(lane, 0);
		releaseSlot(lane, 0 + wait);
		expect(reserveSlot(lane, 0)).toBe(0);
	});
});
