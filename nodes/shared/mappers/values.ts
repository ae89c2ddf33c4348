import type { IDataObject } from 'n8n-workflow';

/** Stripe's Unix seconds as the ISO 8601 date-time the spec documents; null stays null. */
export function isoDate(seconds: unknown): string | null {
	return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : null;
}

/** An expandable field (`"cus_123"` or `{id: "cus_123", …}`) as its id. */
export function idOf(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (value && typeof value === 'object' && typeof (value as IDataObject).id === 'string') {
		return (value as IDataObject).id as string;
	}
	return null;
}

export function objectOf(value: unknown): IDataObject | undefined {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
}

export function stringOrNull(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

export function numberOrNull(value: unknown): number | null {
	return typeof value === 'number' ? value : null;
}

export function booleanOrNull(value: unknown): boolean | null {
	return typeof value === 'boolean' ? value : null;
}
