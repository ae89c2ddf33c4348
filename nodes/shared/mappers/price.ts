import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { booleanOrNull, idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** A price: what it costs (Stripe's integer plus `unit_amount_formatted`), how often, for which product. */
export function simplifyPrice(price: IDataObject): IDataObject {
	const recurring = objectOf(price.recurring);
	return {
		id: price.id,
		active: booleanOrNull(price.active),
		created: isoDate(price.created),
		currency: stringOrNull(price.currency),
		lookup_key: stringOrNull(price.lookup_key),
		metadata: objectOf(price.metadata) ?? {},
		nickname: stringOrNull(price.nickname),
		product: idOf(price.product),
		recurring: recurring ? { interval: stringOrNull(recurring.interval), interval_count: numberOrNull(recurring.interval_count) } : null,
		tax_behavior: stringOrNull(price.tax_behavior),
		type: stringOrNull(price.type),
		unit_amount: numberOrNull(price.unit_amount),
		unit_amount_decimal: stringOrNull(price.unit_amount_decimal),
		unit_amount_formatted: formatAmount(price.unit_amount, price.currency),
	};
}
