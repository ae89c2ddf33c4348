import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemValues } from '../../helpers/values';
import { metadataField, minorAmountField } from '../common.description';
import { activeAndMetadata } from '../updateObject';

export type RecurringInterval = 'day' | 'week' | 'month' | 'year';
export type TaxBehavior = 'exclusive' | 'inclusive' | 'unspecified';

/** What a price costs and how often: shared by Price Create and a product's default price. */
export type PriceAmountBody = {
	currency: string;
	unit_amount?: number;
	/** A decimal string of the smallest unit, e.g. "0.5" (Stripe's Decimal on the wire). */
	unit_amount_decimal?: string;
	recurring?: { interval: RecurringInterval; interval_count?: number };
	tax_behavior?: TaxBehavior;
};

/** POST /v1/prices (Stripe.PriceCreateParams). */
export type PriceCreateBody = PriceAmountBody & {
	product?: string;
	product_data?: { name: string };
	nickname?: string;
	lookup_key?: string;
	transfer_lookup_key?: boolean;
	metadata?: Record<string, string>;
};

/** POST /v1/prices/{id} (Stripe.PriceUpdateParams). */
export type PriceUpdateBody = {
	active?: boolean;
	nickname?: string;
	lookup_key?: string;
	transfer_lookup_key?: boolean;
	metadata?: Record<string, string>;
};

export const MAX_INTERVAL_COUNT: Record<RecurringInterval, number> = { day: 1095, week: 156, month: 36, year: 3 };

/** Unit amount (integer, smallest unit) or decimal amount, and one-off or recurring: Price Create and a product's default price. */
export const amountFields: INodeProperties[] = [
	{
		displayName: 'Amount Type',
		name: 'amountType',
		type: 'options',
		options: [
			{ name: 'Unit Amount', value: 'unitAmount', description: 'A whole number in the currency\'s smallest unit' },
			{ name: 'Decimal Unit Amount', value: 'decimal', description: 'Fractions of the smallest unit, e.g. 0.5 cents for metered usage' },
		],
		default: 'unitAmount',
	},
	minorAmountField({
		displayName: 'Unit Amount',
		name: 'unitAmount',
		placeholder: 'e.g. 1999',
		description:
			"Price per unit in the currency's smallest unit (cents): 1999 is 19.99 USD; 500 is 500 JPY (zero-decimal); 1990 is 1.990 KWD (three-decimal, must end in 0)",
		displayOptions: { show: { amountType: ['unitAmount'] } },
	}),
	{
		displayName: 'Decimal Unit Amount',
		name: 'unitAmountDecimal',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 0.5',
		description: "Price per unit in the currency's smallest unit (cents), with up to 12 decimal places",
		displayOptions: { show: { amountType: ['decimal'] } },
	},
	{
		displayName: 'Billing',
		name: 'billing',
		type: 'options',
		options: [
			{ name: 'One-Off', value: 'oneTime' },
			{ name: 'Recurring', value: 'recurring' },
		],
		default: 'oneTime',
	},
	{
		displayName: 'Interval',
		name: 'interval',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'Week', value: 'week' },
			{ name: 'Month', value: 'month' },
			{ name: 'Year', value: 'year' },
		],
		default: 'month',
		description: 'How often the price is billed',
		displayOptions: { show: { billing: ['recurring'] } },
	},
	{
		displayName: 'Interval Count',
		name: 'intervalCount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Intervals between billings, e.g. 3 with Month bills quarterly (at most 3 years in all)',
		displayOptions: { show: { billing: ['recurring'] } },
	},
];

export const taxBehaviorField: INodeProperties = {
	displayName: 'Tax Behavior',
	name: 'taxBehavior',
	type: 'options',
	options: [
		{ name: 'Exclusive', value: 'exclusive', description: 'Tax is added to the price' },
		{ name: 'Inclusive', value: 'inclusive', description: 'The price includes tax' },
		{ name: 'Unspecified', value: 'unspecified' },
	],
	default: 'unspecified',
	description: 'Whether the price includes tax (Stripe Tax); cannot be changed once set to inclusive or exclusive',
};

export const lookupKeyField: INodeProperties = {
	displayName: 'Lookup Key',
	name: 'lookupKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. gold_monthly',
	description: 'A key to find this price by (Get Many → Lookup Keys); unique among your prices',
};

export const transferLookupKeyField: INodeProperties = {
	displayName: 'Transfer Lookup Key',
	name: 'transferLookupKey',
	type: 'boolean',
	default: false,
	description: 'Whether to move the lookup key from the price that has it to this one',
};

export const nicknameField: INodeProperties = {
	displayName: 'Nickname',
	name: 'nickname',
	type: 'string',
	default: '',
	placeholder: 'e.g. Gold monthly',
	description: 'A brief description of the price, hidden from customers',
};

export const createOptions: INodeProperties[] = [lookupKeyField, metadataField, nicknameField, taxBehaviorField, transferLookupKeyField];
export const updateOptions: INodeProperties[] = [
	{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the price can be used for new purchases' },
	lookupKeyField,
	metadataField,
	nicknameField,
	transferLookupKeyField,
];

/** The amount, currency and interval parameters (read from `source`, e.g. the node's or a default-price collection). */
export function priceAmountBody(values: ItemValues, source: IDataObject, label = ''): PriceAmountBody {
	const currency = values.currency(`${label}Currency`, source.currency);
	const body: PriceAmountBody = { currency };
	if ((source.amountType ?? 'unitAmount') === 'decimal') {
		body.unit_amount_decimal = values.decimalAmount(`${label}Decimal Unit Amount`, source.unitAmountDecimal);
	} else {
		body.unit_amount = values.amount(`${label}Unit Amount`, source.unitAmount, currency);
	}
	if (source.billing === 'recurring') {
		const interval = values.oneOf(`${label}Interval`, source.interval ?? 'month', Object.keys(MAX_INTERVAL_COUNT) as RecurringInterval[]);
		const count = values.integer(`${label}Interval Count`, source.intervalCount ?? 1, 1, MAX_INTERVAL_COUNT[interval]);
		body.recurring = { interval, interval_count: count };
	}
	if (source.taxBehavior !== undefined) body.tax_behavior = String(source.taxBehavior) as TaxBehavior;
	return body;
}

/** Nickname, lookup key, transfer and metadata, when added. */
export function priceOptionsBody(values: ItemValues, fields: IDataObject): PriceUpdateBody {
	const body: PriceUpdateBody = activeAndMetadata(values, fields);
	if ('nickname' in fields) body.nickname = String(fields.nickname ?? '');
	if ('lookupKey' in fields) {
		const key = String(fields.lookupKey ?? '').trim();
		if (key.length > 200) throw values.fail('Lookup Key', 'is longer than 200 characters');
		body.lookup_key = key;
	}
	if (fields.transferLookupKey === true) body.transfer_lookup_key = true;
	return body;
}
