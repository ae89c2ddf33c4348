import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { idOf, isoDate, numberOrNull, stringOrNull } from './values';

/** A balance transaction as finance reconciles it: gross, fee and net (each with `_formatted`), what caused it, when it is available. */
export function simplifyBalanceTransaction(txn: IDataObject): IDataObject {
	return {
		id: txn.id,
		amount: numberOrNull(txn.amount),
		amount_formatted: formatAmount(txn.amount, txn.currency),
		available_on: isoDate(txn.available_on),
		created: isoDate(txn.created),
		currency: stringOrNull(txn.currency),
		description: stringOrNull(txn.description),
		fee: numberOrNull(txn.fee),
		fee_formatted: formatAmount(txn.fee, txn.currency),
		net: numberOrNull(txn.net),
		net_formatted: formatAmount(txn.net, txn.currency),
		reporting_category: stringOrNull(txn.reporting_category),
		source: idOf(txn.source),
		status: stringOrNull(txn.status),
		type: stringOrNull(txn.type),
	};
}
