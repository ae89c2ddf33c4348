import type { IDataObject } from 'n8n-workflow';

import { booleanOrNull, idOf, isoDate, objectOf, stringOrNull } from './values';

/** Product_Response of the spec. Stripe removed `caption`; the node keeps it in metadata.caption. */
export function simplifyProduct(product: IDataObject): IDataObject {
	const caption = stringOrNull(product.caption) ?? stringOrNull(objectOf(product.metadata)?.caption);
	return {
		id: product.id,
		active: booleanOrNull(product.active),
		caption: caption === '' ? null : caption,
		created: isoDate(product.created),
		// Not in the spec (Stripe added default prices later): the price a payment link or checkout can sell.
		default_price: idOf(product.default_price),
		description: stringOrNull(product.description),
		images: Array.isArray(product.images) ? product.images.map(String) : [],
		name: stringOrNull(product.name),
		shippable: booleanOrNull(product.shippable),
		updated: isoDate(product.updated),
		url: stringOrNull(product.url),
	};
}
