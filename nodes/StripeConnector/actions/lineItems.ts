import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyLineItem } from '../../shared/mappers/paymentLink';
import type { ItemValues } from '../helpers/values';
import { simplifiedWith } from './output';

/** Stripe's ceiling for one line item's quantity. */
const MAX_QUANTITY = 999_999;

export type LineItemBody = {
	price: string;
	quantity: number;
	adjustable_quantity?: { enabled: boolean; minimum?: number; maximum?: number };
};

export const lineItemOutput = simplifiedWith(simplifyLineItem);

/** Line Items (price + quantity, optionally adjustable by the buyer) of a payment link or checkout session. */
export function lineItemsProperty(adjustable: boolean): INodeProperties {
	const values: INodeProperties[] = [
		{ displayName: 'Price ID', name: 'price', type: 'string', required: true, default: '', placeholder: 'e.g. price_1MoBy5LkdIwHu7ixZhnattbh', description: 'The price to sell (price_…)' },
		{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
	];
	if (adjustable) {
		values.push(
			{ displayName: 'Adjustable Quantity', name: 'adjustable', type: 'boolean', default: false, description: 'Whether the buyer may change the quantity' },
			{ displayName: 'Minimum Quantity', name: 'minimum', type: 'number', typeOptions: { minValue: 0 }, default: 1, displayOptions: { show: { adjustable: [true] } } },
			{ displayName: 'Maximum Quantity', name: 'maximum', type: 'number', typeOptions: { minValue: 1 }, default: 99, displayOptions: { show: { adjustable: [true] } } },
		);
	}
	return {
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		options: [{ displayName: 'Line Item', name: 'lineItem', values }],
	};
}

/** The Line Items parameter as Stripe's `line_items`, checked; `max` is Stripe's limit for the object. */
export function lineItemsValue(values: ItemValues, value: unknown, max: number, required = true): LineItemBody[] {
	const entries = ((value as IDataObject | undefined)?.lineItem as IDataObject[] | undefined) ?? [];
	if (required && entries.length === 0) throw values.fail('Line Items', 'needs at least one price and quantity');
	if (entries.length > max) throw values.fail('Line Items', `has ${entries.length} entries; Stripe allows at most ${max}`);
	return entries.map((entry, index) => {
		const label = `Line Items ${index + 1}`;
		const price = values.text(`${label}: Price ID`, entry.price);
		if (!/^[A-Za-z0-9_-]+$/.test(price)) throw values.fail(`${label}: Price ID`, `"${price}" is not a Stripe ID (letters, digits, _ and - only)`);
		const item: LineItemBody = { price, quantity: values.integer(`${label}: Quantity`, entry.quantity ?? 1, 1, MAX_QUANTITY) };
		if (entry.adjustable === true) {
			const minimum = values.integer(`${label}: Minimum Quantity`, entry.minimum ?? 1, 0, MAX_QUANTITY);
			const maximum = values.integer(`${label}: Maximum Quantity`, entry.maximum ?? 99, Math.max(1, minimum), MAX_QUANTITY);
			if (item.quantity < minimum || item.quantity > maximum) throw values.fail(`${label}: Quantity`, `must be between the minimum (${minimum}) and the maximum (${maximum})`);
			item.adjustable_quantity = { enabled: true, minimum, maximum };
		}
		return item;
	});
}
