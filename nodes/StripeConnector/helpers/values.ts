import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { dateValue } from '../../shared/helpers/dateValue';
import { currencyCode, minorAmount, minorDecimal } from '../../shared/helpers/money';
import { emailValue, invalid, locatorId, metadataValue, urlValue } from './fields';

/**
 * Checked values of the selling fields (money, counts, dates), each failing the item before any
 * request with an error naming the item and the field. Money rules live in shared/helpers/money.ts.
 */
export class ItemValues {
	constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly itemIndex: number,
	) {}

	/** The item's values of these parameters; a parameter the node does not show is absent. */
	params(names: string[]): IDataObject {
		const found: IDataObject = {};
		for (const name of names) {
			const value = this.ctx.getNodeParameter(name, this.itemIndex, null) as IDataObject[string];
			if (value !== null) found[name] = value;
		}
		return found;
	}

	fail(field: string, problem: string): Error {
		return invalid(this.ctx.getNode(), this.itemIndex, field, problem);
	}

	currency(field: string, value: unknown): string {
		const checked = currencyCode(value);
		if ('problem' in checked) throw this.fail(field, checked.problem);
		return checked.code;
	}

	/** An amount in the currency's smallest unit (cents), checked against the currency's rules. */
	amount(field: string, value: unknown, currency: string | undefined, min = 0): number {
		const checked = minorAmount(value, currency, min);
		if ('problem' in checked) throw this.fail(field, checked.problem);
		return checked.amount;
	}

	decimalAmount(field: string, value: unknown): string {
		const checked = minorDecimal(value);
		if ('problem' in checked) throw this.fail(field, checked.problem);
		return checked.decimal;
	}

	/** A whole number within [min, max]. */
	integer(field: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
		const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
			const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
			throw this.fail(field, `must be a whole number ${range}, not "${String(value ?? '')}"`);
		}
		return number;
	}

	/** A moment as Stripe's Unix seconds; `future` refuses a moment already past. */
	unixSeconds(field: string, value: unknown, future = false): number {
		const date = dateValue(value, this.ctx.getTimezone());
		if (!date || !date.isValid) throw this.fail(field, `"${String(value ?? '')}" is not a date (use ISO 8601, e.g. 2025-01-31T12:00:00)`);
		const seconds = Math.floor(date.toSeconds());
		if (future && seconds <= Math.floor(Date.now() / 1000)) throw this.fail(field, `must be in the future, not ${date.toISO()}`);
		return seconds;
	}

	/** The key/value list as Stripe metadata (undefined when there is none). */
	metadata(value: unknown): Record<string, string> | undefined {
		return metadataValue(this.ctx.getNode(), this.itemIndex, value);
	}

	/** An absolute http(s) URL, required. */
	url(field: string, value: unknown): string {
		const url = urlValue(this.ctx.getNode(), this.itemIndex, field, value);
		if (url === '') throw this.fail(field, 'is required and may not be empty');
		return url;
	}

	/** One of the allowed values (an options field an expression may set to anything). */
	oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
		const text = String(value);
		if (!(allowed as readonly string[]).includes(text)) throw this.fail(field, `"${text}" is not one of ${allowed.join(', ')}`);
		return text as T;
	}

	/** A Stripe ID (a plain string or a resource locator's value). */
	id(field: string, value: unknown): string {
		return locatorId(this.ctx.getNode(), this.itemIndex, field, value);
	}

	email(value: unknown, field = 'Email'): string {
		return emailValue(this.ctx.getNode(), this.itemIndex, value, field);
	}

	/** A required text field, trimmed. */
	text(field: string, value: unknown, maxLength?: number): string {
		const text = String(value ?? '').trim();
		if (text === '') throw this.fail(field, 'is required and may not be empty');
		if (maxLength && text.length > maxLength) throw this.fail(field, `is longer than ${maxLength} characters`);
		return text;
	}
}
