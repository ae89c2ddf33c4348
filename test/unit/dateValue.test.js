'use strict';
const { DateTime } = require('luxon');
const { dateValue } = require('../../nodes/shared/helpers/dateValue');

describe('dateValue', () => {
	test('empty is no date', () => {
		for (const empty of [undefined, null, '']) expect(dateValue(empty, 'UTC')).toBeUndefined();
	});

	test('an ISO string without offset is read in the workflow\'s time zone; one with an offset keeps it', () => {
		expect(dateValue('2025-01-31T12:00:00', 'Europe/Berlin').toUTC().toISO()).toBe('2025-01-31T11:00:00.000Z');
		expect(dateValue('2025-01-31T12:00:00Z', 'Europe/Berlin').toUTC().toISO()).toBe('2025-01-31T12:00:00.000Z');
		expect(dateValue(' 2025-01-31 ', 'UTC').toUTC().toISO()).toBe('2025-01-31T00:00:00.000Z');
	});

	test('a JS Date, a Luxon DateTime ($now) and epoch milliseconds', () => {
		const at = Date.UTC(2025, 0, 31, 12);
		expect(dateValue(new Date(at), 'UTC').toMillis()).toBe(at);
		expect(dateValue(DateTime.fromMillis(at), 'UTC').toMillis()).toBe(at);
		expect(dateValue(at, 'UTC').toMillis()).toBe(at);
	});

	test('text that is not a date is an invalid DateTime (the caller names the field)', () => {
		expect(dateValue('last tuesday', 'UTC').isValid).toBe(false);
		expect(dateValue('2025-13-01', 'UTC').isValid).toBe(false);
	});
});
