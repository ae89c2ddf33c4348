import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { booleanOrNull, idOf, numberOrNull, objectOf, stringOrNull } from './values';

/** A payment link: its URL, whether it sells, and what happens after payment. */
export function simplifyPaymentLink(link: IDataObject): IDataObject {
	const after = objectOf(link.after_completion);
	return {
		id: link.id,
		active: booleanOrNull(link.active),
		after_completion: stringOrNull(after?.type),
		allow_promotion_codes: booleanOrNull(link.allow_promotion_codes),
		currency: stringOrNull(link.currency),
		metadata: objectOf(link.metadata) ?? {},
		redirect_url: stringOrNull(objectOf(after?.redirect)?.url),
		url: stringOrNull(link.url),
	};
}

/** A line item of a payment link or a checkout session (Stripe's `item`), with a readable total. */
export function simplifyLineItem(item: IDataObject): IDataObject {
	const price = objectOf(item.price);
	return {
		id: item.id,
		amount_subtotal: numberOrNull(item.amount_subtotal),
		amount_total: numberOrNull(item.amount_total),
		amount_formatted: formatAmount(item.amount_total, item.currency),
		currency: stringOrNull(item.currency),
		description: stringOrNull(item.description),
		price: idOf(item.price),
		product: idOf(price?.product),
		quantity: numberOrNull(item.quantity),
	};
}
