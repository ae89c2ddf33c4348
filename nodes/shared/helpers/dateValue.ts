import { DateTime } from 'luxon';

/**
 * A date parameter's value as a DateTime: an ISO 8601 string from the date picker or an
 * expression (read in the workflow's time zone when it has no offset), a JS Date, a Luxon
 * DateTime ($now, $today) or epoch milliseconds. Undefined when empty; invalid when not a date.
 */
export function dateValue(value: unknown, zone: string): DateTime | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (DateTime.isDateTime(value)) return value;
	if (value instanceof Date) return DateTime.fromJSDate(value);
	if (typeof value === 'number') return DateTime.fromMillis(value);
	return DateTime.fromISO(String(value).trim(), { zone });
}
