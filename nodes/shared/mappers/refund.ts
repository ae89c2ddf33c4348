import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** A refund: how much (Stripe's integer plus `amount_formatted`), of which charge and payment intent, why, and where it stands. */
export function simplifyRefund(refund: IDataObject): IDataObject {
	return {
		id: refund.id,
		amount: numberOrNull(refund.amount),
		amount_formatted: formatAmount(refund.amount, refund.currency),
		balance_transaction: idOf(refund.balance_transaction),
		charge: idOf(refund.charge),
		created: isoDate(refund.created),
		currency: stringOrNull(refund.currency),
		failure_reason: stringOrNull(refund.failure_reason),
		metadata: objectOf(refund.metadata) ?? {},
		payment_intent: idOf(refund.payment_intent),
		reason: stringOrNull(refund.reason),
		receipt_number: stringOrNull(refund.receipt_number),
		status: stringOrNull(refund.status),
	};
}
