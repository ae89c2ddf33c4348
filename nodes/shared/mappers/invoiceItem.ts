import type { IDataObject } from 'n8n-workflow';

import { booleanOrNull, idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/**
 * OnNewInvoiceItemResponseItem of the spec. `plan` and `subscription` left the invoice item in
 * 2025-03-31.basil (now `pricing.price_details.price` and `parent.subscription_details`): read
 * either. `quantity` is documented as a string, so it is given as one.
 */
export function simplifyInvoiceItem(item: IDataObject): IDataObject {
	const subscription =
		idOf(item.subscription) ?? idOf(objectOf(objectOf(item.parent)?.subscription_details)?.subscription);
	const plan =
		idOf(item.plan) ??
		(subscription ? idOf(objectOf(objectOf(item.pricing)?.price_details)?.price) : null);
	return {
		id: item.id,
		amount: numberOrNull(item.amount),
		currency: stringOrNull(item.currency),
		customer: idOf(item.customer),
		date: isoDate(item.date),
		description: stringOrNull(item.description),
		discountable: booleanOrNull(item.discountable),
		invoice: idOf(item.invoice),
		plan,
		proration: booleanOrNull(item.proration),
		quantity: quantityText(item.quantity),
		subscription,
	};
}

function quantityText(quantity: unknown): string | null {
	if (typeof quantity === 'number' && Number.isFinite(quantity)) return String(quantity);
	return stringOrNull(quantity);
}
