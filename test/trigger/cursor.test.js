'use strict';
const {
	advanceCursor,
	keysAt,
	keysOf,
	MAX_SEEN_KEYS,
	newCursor,
	objectKey,
	readCursor,
} = require('../../nodes/shared/trigger/cursor.ts');

const emitted = (created, count, prefix = 'obj') =>
	Array.from({ length: count }, (_, index) => ({ id: `${prefix}_${created}_${index}`, created }));

describe('trigger cursor (pure)', () => {
	test('keys are short, stable and distinct', () => {
		expect(objectKey('cus_1')).toHaveLength(10);
		expect(objectKey('cus_1')).toBe(objectKey('cus_1'));
		expect(objectKey('cus_1')).not.toBe(objectKey('cus_2'));
	});

	test('advancing keeps only the newest second (no look-back) and exactly what was emitted', () => {
		const start = newCursor('customer', 100, 100);
		const next = advanceCursor(start, [...emitted(100, 2), ...emitted(105, 3)], 0);
		expect(next.since).toBe(105);
		expect(next.floor).toBe(105);
		expect(Object.keys(next.seen)).toEqual(['105']);
		expect([...keysAt(next, 105)].sort()).toEqual(emitted(105, 3).map((o) => objectKey(o.id)).sort());
		// More in the same second later: the set grows, the second stays.
		const again = advanceCursor(next, emitted(105, 2, 'late'), 0);
		expect(keysAt(again, 105).size).toBe(5);
	});

	test('a look-back window keeps older seconds, pruned by the window', () => {
		const start = newCursor('order:checkoutSessions', 1000, 0);
		const next = advanceCursor(start, [...emitted(10, 1), ...emitted(500, 1), ...emitted(1200, 1)], 600);
		expect(next.since).toBe(1200);
		expect(next.floor).toBe(600);
		expect(Object.keys(next.seen)).toEqual(['1200']);
		const wide = advanceCursor(start, [...emitted(700, 1), ...emitted(1200, 1)], 600);
		expect(Object.keys(wide.seen).sort()).toEqual(['1200', '700']);
	});

	test('the key set is bounded: the window shrinks first, then the since-second keeps its newest keys', () => {
		const start = newCursor('order:checkoutSessions', 0, 0);
		const many = [];
		for (let second = 1; second <= 30; second++) many.push(...emitted(second, 50));
		const next = advanceCursor(start, many, 86400);
		const total = Object.values(next.seen).reduce((sum, packed) => sum + keysOf(packed).length, 0);
		expect(total).toBeLessThanOrEqual(MAX_SEEN_KEYS);
		expect(next.floor).toBe(11); // seconds 1..10 forgotten, 11..30 (20 × 50 = 1000) kept
		expect(next.tail).toBeUndefined();

		const burst = advanceCursor(newCursor('customer', 7, 7), emitted(7, MAX_SEEN_KEYS + 500), 0);
		expect(keysAt(burst, 7).size).toBe(MAX_SEEN_KEYS);
		expect(burst.tail).toBe(7);
		// the newest-listed (last emitted) keys are the ones kept
		expect(keysAt(burst, 7).has(objectKey(`obj_7_${MAX_SEEN_KEYS + 499}`))).toBe(true);
		expect(keysAt(burst, 7).has(objectKey('obj_7_0'))).toBe(false);
		expect(JSON.stringify(burst).length).toBeLessThan(12000);
	});

	test('readCursor refuses what it did not write', () => {
		expect(readCursor({})).toBeUndefined();
		expect(readCursor({ cursor: { v: 2 } })).toBeUndefined();
		expect(readCursor({ cursor: { v: 1, key: 'customer', since: 'x', floor: 0, seen: {} } })).toBeUndefined();
		const cursor = newCursor('customer', 5, 5);
		expect(readCursor({ cursor })).toEqual(cursor);
	});
});
