import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** A payment intent: the amount asked, held and received (each with its `_formatted` twin), whose, and its status. */
export function simplifyPaymentIntent(intent: IDataObject): IDataObject {
	const error = objectOf(intent.last_payment_error);
	return {
		id: intent.id,
		amount: numberOrNull(intent.amount),
		amount_formatted: formatAmount(intent.amount, intent.currency),
		amount_capturable: numberOrNull(intent.amount_capturable),
		amount_capturable_formatted: formatAmount(intent.amount_capturable, intent.currency),
		amount_received: numberOrNull(intent.amount_received),
		amount_received_formatted: formatAmount(intent.amount_received, intent.currency),
		canceled_at: isoDate(intent.canceled_at),
		cancellation_reason: stringOrNull(intent.cancellation_reason),
		capture_method: stringOrNull(intent.capture_method),
		created: isoDate(intent.created),
		currency: stringOrNull(intent.currency),
		customer: idOf(intent.customer),
		description: stringOrNull(intent.description),
		last_payment_error: error ? { code: stringOrNull(error.code), message: stringOrNull(error.message) } : null,
		latest_charge: idOf(intent.latest_charge),
		metadata: objectOf(intent.metadata) ?? {},
		payment_method: idOf(intent.payment_method),
		receipt_email: stringOrNull(intent.receipt_email),
		status: stringOrNull(intent.status),
	};
}
