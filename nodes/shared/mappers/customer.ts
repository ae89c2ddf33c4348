import type { IDataObject } from 'n8n-workflow';

import { booleanOrNull, idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** Customer_Response / OnNewCustomerResponseItem of the spec, from today's customer object. */
export function simplifyCustomer(customer: IDataObject): IDataObject {
	return {
		id: customer.id,
		// Renamed `balance` in API 2019-10-17.
		account_balance: numberOrNull(customer.balance ?? customer.account_balance),
		created: isoDate(customer.created),
		currency: stringOrNull(customer.currency),
		delinquent: booleanOrNull(customer.delinquent),
		description: stringOrNull(customer.description),
		discount: simplifyDiscount(objectOf(customer.discount)),
		email: stringOrNull(customer.email),
	};
}

export function simplifyDiscount(discount: IDataObject | undefined): IDataObject | null {
	if (!discount) return null;
	// 2025-09-30.clover moved the coupon under `source`, where it is an id unless expanded.
	const source = objectOf(discount.source)?.coupon;
	const coupon = objectOf(discount.coupon) ?? objectOf(source) ?? (typeof source === 'string' ? { id: source } : undefined);
	return {
		customer: idOf(discount.customer),
		end: isoDate(discount.end),
		start: isoDate(discount.start),
		subscription: idOf(discount.subscription),
		coupon: coupon
			? {
					id: coupon.id,
					name: stringOrNull(coupon.name),
					duration: stringOrNull(coupon.duration),
					percent_off: numberOrNull(coupon.percent_off),
					amount_off: numberOrNull(coupon.amount_off),
				}
			: null,
	};
}
