import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { booleanOrNull, idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** A promotion code: the code customers type, its coupon and its restrictions. */
export function simplifyPromotionCode(code: IDataObject): IDataObject {
	const restrictions = objectOf(code.restrictions);
	// 2025-09-30.clover moved `coupon` under `promotion`.
	const coupon = objectOf(code.promotion)?.coupon ?? code.coupon;
	return {
		id: code.id,
		active: booleanOrNull(code.active),
		code: stringOrNull(code.code),
		coupon: idOf(coupon),
		created: isoDate(code.created),
		customer: idOf(code.customer),
		expires_at: isoDate(code.expires_at),
		first_time_transaction: booleanOrNull(restrictions?.first_time_transaction) ?? false,
		max_redemptions: numberOrNull(code.max_redemptions),
		metadata: objectOf(code.metadata) ?? {},
		minimum_amount: numberOrNull(restrictions?.minimum_amount),
		minimum_amount_currency: stringOrNull(restrictions?.minimum_amount_currency),
		minimum_amount_formatted: formatAmount(restrictions?.minimum_amount, restrictions?.minimum_amount_currency),
		times_redeemed: numberOrNull(code.times_redeemed),
	};
}
