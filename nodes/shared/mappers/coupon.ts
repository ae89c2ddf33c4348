import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { booleanOrNull, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** A coupon: the discount (percent, or amount with `amount_off_formatted`), how long, how often. */
export function simplifyCoupon(coupon: IDataObject): IDataObject {
	return {
		id: coupon.id,
		amount_off: numberOrNull(coupon.amount_off),
		amount_off_formatted: formatAmount(coupon.amount_off, coupon.currency),
		created: isoDate(coupon.created),
		currency: stringOrNull(coupon.currency),
		duration: stringOrNull(coupon.duration),
		duration_in_months: numberOrNull(coupon.duration_in_months),
		max_redemptions: numberOrNull(coupon.max_redemptions),
		metadata: objectOf(coupon.metadata) ?? {},
		name: stringOrNull(coupon.name),
		percent_off: numberOrNull(coupon.percent_off),
		redeem_by: isoDate(coupon.redeem_by),
		times_redeemed: numberOrNull(coupon.times_redeemed),
		valid: booleanOrNull(coupon.valid),
	};
}
