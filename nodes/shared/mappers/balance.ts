import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { booleanOrNull, numberOrNull, stringOrNull } from './values';

/** The account's balance: available and pending funds per currency, each amount with `amount_formatted`. */
export function simplifyBalance(balance: IDataObject): IDataObject {
	const funds = (value: unknown) =>
		(Array.isArray(value) ? (value as IDataObject[]) : []).map((entry) => ({
			amount: numberOrNull(entry.amount),
			amount_formatted: formatAmount(entry.amount, entry.currency),
			currency: stringOrNull(entry.currency),
		}));
	return { available: funds(balance.available), livemode: booleanOrNull(balance.livemode), pending: funds(balance.pending) };
}
