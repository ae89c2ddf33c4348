import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { MAX_AMOUNT } from '../../../shared/helpers/money';
import type { ItemValues } from '../../helpers/values';
import { currencyField, metadataField, minorAmountField } from '../common.description';
import { priceLocator } from '../locators';

/** Stripe's ceiling for an invoice item's quantity. */
const MAX_QUANTITY = 999_999;

/** What an invoice item bills (Stripe.InvoiceItemCreateParams since basil: the price is `pricing[price]`). */
export type InvoiceItemPricingBody = {
	pricing?: { price: string };
	quantity?: number;
	amount?: number;
	currency?: string;
};

/** POST /v1/invoiceitems (Stripe.InvoiceItemCreateParams). */
export type InvoiceItemCreateBody = InvoiceItemPricingBody & {
	customer: string;
	invoice?: string;
	description?: string;
	metadata?: Record<string, string>;
};

/** POST /v1/invoiceitems/{id} (Stripe.InvoiceItemUpdateParams). */
export type InvoiceItemUpdateBody = {
	pricing?: { price: string };
	quantity?: number;
	amount?: number;
	description?: string;
	metadata?: Record<string, string>;
};

/** Bill By (a price × quantity, or an amount in a currency): Invoice Item Create and Invoice Add Line. */
export const pricingFields: INodeProperties[] = [
	{
		displayName: 'Bill By',
		name: 'billBy',
		type: 'options',
		options: [
			{ name: 'Price', value: 'price', description: 'A price you sell (price_…) times a quantity; the currency is the price\'s' },
			{ name: 'Amount', value: 'amount', description: 'An amount in a currency, e.g. a one-off fee or (negative) a credit' },
		],
		default: 'price',
	},
	{ ...priceLocator, description: 'A one-off price (recurring prices are billed by subscriptions)', displayOptions: { show: { billBy: ['price'] } } },
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many units of the price',
		displayOptions: { show: { billBy: ['price'] } },
	},
	minorAmountField({
		displayName: 'Amount',
		name: 'amount',
		placeholder: 'e.g. 2500',
		description: "The amount in the currency's smallest unit (cents): 2500 is 25.00 USD; negative for a credit",
		displayOptions: { show: { billBy: ['amount'] } },
	}),
	{ ...currencyField, description: "Three-letter ISO currency code; it must be the invoice's currency", displayOptions: { show: { billBy: ['amount'] } } },
];

export const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	placeholder: 'e.g. Consulting, March',
	description: 'The text of the line on the invoice (default: the product name of the price)',
};

export const itemOptions: INodeProperties[] = [descriptionField, metadataField];

/** The Bill By fields as Stripe's parameters, checked. */
export function pricingBody(values: ItemValues, params: IDataObject): InvoiceItemPricingBody {
	if ((params.billBy ?? 'price') === 'price') {
		return { pricing: { price: values.id('Price', params.priceId) }, quantity: values.integer('Quantity', params.quantity ?? 1, 1, MAX_QUANTITY) };
	}
	const currency = values.currency('Currency', params.currency);
	return { amount: values.amount('Amount', params.amount, currency, -MAX_AMOUNT), currency };
}

/** Description and metadata, when added. */
export function itemOptionsBody(values: ItemValues, fields: IDataObject): { description?: string; metadata?: Record<string, string> } {
	const body: { description?: string; metadata?: Record<string, string> } = {};
	if ('description' in fields) body.description = String(fields.description ?? '');
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}
