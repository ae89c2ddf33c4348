import type { IDataObject } from 'n8n-workflow';

import { formatAmount } from '../helpers/money';
import { booleanOrNull, idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** A subscription item: which price, how many, and (since basil) its own billing period. */
function simplifyItem(item: IDataObject): IDataObject {
	const price = objectOf(item.price);
	return {
		id: item.id,
		price: idOf(item.price),
		product: idOf(price?.product),
		quantity: numberOrNull(item.quantity),
		unit_amount: numberOrNull(price?.unit_amount),
		unit_amount_formatted: formatAmount(price?.unit_amount, price?.currency),
		current_period_start: isoDate(item.current_period_start),
		current_period_end: isoDate(item.current_period_end),
	};
}

/**
 * A subscription: who, what (items by price), its status and when it renews or ends. The billing
 * period lives on the items since basil; `current_period_end` is the earliest item's, the moment
 * a "cancel at period end" takes effect.
 */
export function simplifySubscription(subscription: IDataObject): IDataObject {
	const items = ((objectOf(subscription.items)?.data as IDataObject[] | undefined) ?? []).map(simplifyItem);
	const ends = items.map((item) => item.current_period_end).filter((end): end is string => typeof end === 'string').sort();
	const pause = objectOf(subscription.pause_collection);
	return {
		id: subscription.id,
		customer: idOf(subscription.customer),
		status: stringOrNull(subscription.status),
		items,
		cancel_at_period_end: booleanOrNull(subscription.cancel_at_period_end),
		cancel_at: isoDate(subscription.cancel_at),
		canceled_at: isoDate(subscription.canceled_at),
		ended_at: isoDate(subscription.ended_at),
		collection_method: stringOrNull(subscription.collection_method),
		created: isoDate(subscription.created),
		currency: stringOrNull(subscription.currency),
		current_period_end: ends[0] ?? null,
		days_until_due: numberOrNull(subscription.days_until_due),
		default_payment_method: idOf(subscription.default_payment_method),
		discounts: Array.isArray(subscription.discounts) ? subscription.discounts.map(idOf) : [],
		latest_invoice: idOf(subscription.latest_invoice),
		metadata: objectOf(subscription.metadata) ?? {},
		pause_collection: pause ? { behavior: stringOrNull(pause.behavior), resumes_at: isoDate(pause.resumes_at) } : null,
		trial_start: isoDate(subscription.trial_start),
		trial_end: isoDate(subscription.trial_end),
	};
}
