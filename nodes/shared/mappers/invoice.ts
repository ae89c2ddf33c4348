import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { booleanOrNull, idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/**
 * An invoice: who owes what (Stripe's integers plus `*_formatted`), where it stands, and the links
 * the customer uses — `hosted_invoice_url` (pay online) and `invoice_pdf` — which Stripe sets when
 * the invoice is finalized (null on a draft). The subscription is read from `parent` (basil and
 * later) or the top-level field (acacia). Lines are the embedded first page.
 */
export function simplifyInvoice(invoice: IDataObject): IDataObject {
	const currency = invoice.currency;
	const transitions = objectOf(invoice.status_transitions) ?? {};
	const subscription = idOf(invoice.subscription) ?? idOf(objectOf(objectOf(invoice.parent)?.subscription_details)?.subscription);
	const lines = (objectOf(invoice.lines)?.data as IDataObject[] | undefined) ?? [];
	return {
		id: invoice.id,
		number: stringOrNull(invoice.number),
		status: stringOrNull(invoice.status),
		customer: idOf(invoice.customer),
		customer_email: stringOrNull(invoice.customer_email),
		customer_name: stringOrNull(invoice.customer_name),
		subscription,
		collection_method: stringOrNull(invoice.collection_method),
		billing_reason: stringOrNull(invoice.billing_reason),
		auto_advance: booleanOrNull(invoice.auto_advance),
		currency: stringOrNull(currency),
		subtotal: numberOrNull(invoice.subtotal),
		total: numberOrNull(invoice.total),
		total_formatted: formatAmount(invoice.total, currency),
		amount_due: numberOrNull(invoice.amount_due),
		amount_due_formatted: formatAmount(invoice.amount_due, currency),
		amount_paid: numberOrNull(invoice.amount_paid),
		amount_paid_formatted: formatAmount(invoice.amount_paid, currency),
		amount_remaining: numberOrNull(invoice.amount_remaining),
		amount_remaining_formatted: formatAmount(invoice.amount_remaining, currency),
		description: stringOrNull(invoice.description),
		footer: stringOrNull(invoice.footer),
		hosted_invoice_url: stringOrNull(invoice.hosted_invoice_url),
		invoice_pdf: stringOrNull(invoice.invoice_pdf),
		created: isoDate(invoice.created),
		due_date: isoDate(invoice.due_date),
		finalized_at: isoDate(transitions.finalized_at),
		paid_at: isoDate(transitions.paid_at),
		voided_at: isoDate(transitions.voided_at),
		marked_uncollectible_at: isoDate(transitions.marked_uncollectible_at),
		lines: lines.map(simplifyInvoiceLine),
		metadata: objectOf(invoice.metadata) ?? {},
	};
}

/** A line of an invoice: what it bills, how many, for how much. */
function simplifyInvoiceLine(line: IDataObject): IDataObject {
	const details = objectOf(objectOf(line.pricing)?.price_details);
	const parent = objectOf(line.parent);
	const itemDetails = objectOf(parent?.invoice_item_details) ?? objectOf(parent?.subscription_item_details);
	return {
		id: line.id,
		description: stringOrNull(line.description),
		amount: numberOrNull(line.amount),
		amount_formatted: formatAmount(line.amount, line.currency),
		quantity: numberOrNull(line.quantity),
		price: idOf(details?.price) ?? idOf(line.price),
		invoice_item: stringOrNull(itemDetails?.invoice_item) ?? stringOrNull(line.invoice_item),
	};
}
