import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';
import { simplifyLineItem } from './paymentLink';

/** A checkout session: where to send the buyer (`url`), its state, and what it charges. */
export function simplifyCheckoutSession(session: IDataObject): IDataObject {
	const lineItems = objectOf(session.line_items);
	return {
		id: session.id,
		amount_total: numberOrNull(session.amount_total),
		amount_formatted: formatAmount(session.amount_total, session.currency),
		cancel_url: stringOrNull(session.cancel_url),
		created: isoDate(session.created),
		currency: stringOrNull(session.currency),
		customer: idOf(session.customer),
		customer_email: stringOrNull(session.customer_email) ?? stringOrNull(objectOf(session.customer_details)?.email),
		expires_at: isoDate(session.expires_at),
		metadata: objectOf(session.metadata) ?? {},
		mode: stringOrNull(session.mode),
		payment_intent: idOf(session.payment_intent),
		payment_status: stringOrNull(session.payment_status),
		status: stringOrNull(session.status),
		subscription: idOf(session.subscription),
		success_url: stringOrNull(session.success_url),
		url: stringOrNull(session.url),
		// Only when asked for (Get with "Include Line Items").
		...(lineItems ? { line_items: ((lineItems.data as IDataObject[]) ?? []).map(simplifyLineItem) } : {}),
	};
}
