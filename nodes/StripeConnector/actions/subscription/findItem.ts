import type { IDataObject } from 'n8n-workflow';

import { idOf } from '../../../shared/mappers/values';

export type ItemMatch = { id: string } | { problem: string };

/**
 * The subscription item (si_…) a user means by its price: users know the price they sell, not the
 * item's ID. Without a price, a subscription of exactly one item means that item.
 */
export function findItemByPrice(subscription: IDataObject, price: string | undefined): ItemMatch {
	const items = ((subscription.items as IDataObject | undefined)?.data as IDataObject[] | undefined) ?? [];
	const prices = items.map((item) => idOf(item.price) ?? '?');
	const listed = prices.length ? `its items' prices: ${prices.join(', ')}` : 'it has no items';
	if (price === undefined) {
		if (items.length === 1) return { id: String(items[0].id) };
		return { problem: `is needed: subscription ${String(subscription.id)} has ${items.length} items (${listed}); name the price of the item to change` };
	}
	const matches = items.filter((item) => idOf(item.price) === price);
	if (matches.length === 1) return { id: String(matches[0].id) };
	if (matches.length === 0) return { problem: `${price} matches no item of subscription ${String(subscription.id)} (${listed})` };
	return { problem: `${price} matches ${matches.length} items of subscription ${String(subscription.id)} (${matches.map((item) => String(item.id)).join(', ')}): change them by ID in Stripe` };
}
