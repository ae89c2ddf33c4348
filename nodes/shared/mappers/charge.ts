import type { IDataObject } from 'n8n-workflow';

import { booleanOrNull, idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** OnNewChargeResponseItem of the spec, from today's charge object. */
export function simplifyCharge(charge: IDataObject): IDataObject {
	return {
		id: charge.id,
		amount: numberOrNull(charge.amount),
		amount_refunded: numberOrNull(charge.amount_refunded),
		captured: booleanOrNull(charge.captured),
		created: isoDate(charge.created),
		currency: stringOrNull(charge.currency),
		customer: idOf(charge.customer),
		description: stringOrNull(charge.description),
		failure_code: stringOrNull(charge.failure_code),
		failure_message: stringOrNull(charge.failure_message),
		// Removed from the charge in 2025-03-31.basil: an acacia override carries it, else the
		// trigger fills it from the InvoicePayment lookup (trigger/chargeInvoices.ts).
		invoice: idOf(charge.invoice),
		// The legacy Orders API is gone: null unless an old account still links one.
		order: idOf(charge.order),
		outcome: simplifyOutcome(objectOf(charge.outcome)),
		paid: booleanOrNull(charge.paid),
		receipt_email: stringOrNull(charge.receipt_email),
		receipt_number: stringOrNull(charge.receipt_number),
		refunded: booleanOrNull(charge.refunded),
		statement_descriptor: stringOrNull(charge.statement_descriptor),
		status: stringOrNull(charge.status),
	};
}

function simplifyOutcome(outcome: IDataObject | undefined): IDataObject | null {
	if (!outcome) return null;
	return {
		network_status: stringOrNull(outcome.network_status),
		reason: stringOrNull(outcome.reason),
		risk_level: stringOrNull(outcome.risk_level),
		seller_message: stringOrNull(outcome.seller_message),
		type: stringOrNull(outcome.type),
	};
}
