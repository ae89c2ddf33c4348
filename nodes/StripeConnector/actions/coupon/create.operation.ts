import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty, currencyField, metadataField, minorAmountField } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { couponOutput } from './output';

export type CouponDuration = 'once' | 'repeating' | 'forever';

/** POST /v1/coupons (Stripe.CouponCreateParams). */
export type CouponCreateBody = {
	percent_off?: number;
	amount_off?: number;
	currency?: string;
	duration: CouponDuration;
	duration_in_months?: number;
	id?: string;
	name?: string;
	max_redemptions?: number;
	redeem_by?: number;
	metadata?: Record<string, string>;
};

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		'Create a coupon (a discount for invoices, subscriptions and checkout). Needs either a percent off (e.g. 25) or an amount off in the smallest unit (cents: 500 is 5.00 USD) with its currency, and a duration: once, repeating for a number of months, or forever; name, ID, max redemptions, redeem-by date and metadata are optional.',
	action: 'Create a coupon',
};

const properties: INodeProperties[] = [
	{
		displayName: 'Discount',
		name: 'discountType',
		type: 'options',
		options: [
			{ name: 'Percent Off', value: 'percent' },
			{ name: 'Amount Off', value: 'amount' },
		],
		default: 'percent',
	},
	{
		displayName: 'Percent Off',
		name: 'percentOff',
		type: 'number',
		typeOptions: { minValue: 0.01, maxValue: 100, numberPrecision: 2 },
		required: true,
		default: 10,
		description: 'The discount in percent, more than 0 and at most 100',
		displayOptions: { show: { discountType: ['percent'] } },
	},
	minorAmountField({
		displayName: 'Amount Off',
		name: 'amountOff',
		placeholder: 'e.g. 500',
		description: "The discount in the currency's smallest unit (cents): 500 is 5.00 USD, 500 is 500 JPY",
		displayOptions: { show: { discountType: ['amount'] } },
	}),
	{ ...currencyField, description: 'Three-letter ISO currency code of the amount off', displayOptions: { show: { discountType: ['amount'] } } },
	{
		displayName: 'Duration',
		name: 'duration',
		type: 'options',
		options: [
			{ name: 'Once', value: 'once', description: 'The first invoice or payment only' },
			{ name: 'Repeating', value: 'repeating', description: 'Every invoice for a number of months' },
			{ name: 'Forever', value: 'forever', description: 'Every invoice of the subscription' },
		],
		default: 'once',
	},
	{
		displayName: 'Duration in Months',
		name: 'durationInMonths',
		type: 'number',
		typeOptions: { minValue: 1 },
		required: true,
		default: 3,
		displayOptions: { show: { duration: ['repeating'] } },
	},
	additionalFieldsProperty([
		{ displayName: 'ID', name: 'id', type: 'string', default: '', placeholder: 'e.g. SUMMER25', description: 'The coupon\'s ID, e.g. the code you print; Stripe generates one if not given' },
		{ displayName: 'Max Redemptions', name: 'maxRedemptions', type: 'number', typeOptions: { minValue: 1 }, default: 100, description: 'How many times the coupon can be redeemed in all' },
		metadataField,
		{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Summer sale', description: 'Shown to customers on invoices and receipts' },
		{ displayName: 'Redeem By', name: 'redeemBy', type: 'dateTime', default: '', description: 'The last moment the coupon can be redeemed' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['coupon'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function couponCreateBody(values: ItemValues, params: IDataObject, fields: IDataObject): CouponCreateBody {
	const duration = String(params.duration ?? 'once') as CouponDuration;
	const body: CouponCreateBody = { duration };
	if (params.discountType === 'amount') {
		body.currency = values.currency('Currency', params.currency);
		body.amount_off = values.amount('Amount Off', params.amountOff, body.currency, 1);
	} else {
		const percent = Number(params.percentOff);
		if (!Number.isFinite(percent) || percent <= 0 || percent > 100 || Math.round(percent * 100) !== percent * 100) {
			throw values.fail('Percent Off', `must be more than 0 and at most 100, with at most 2 decimals, not "${String(params.percentOff ?? '')}"`);
		}
		body.percent_off = percent;
	}
	if (duration === 'repeating') body.duration_in_months = values.integer('Duration in Months', params.durationInMonths, 1);
	const id = String(fields.id ?? '').trim();
	if (id) body.id = values.id('ID', id);
	const name = String(fields.name ?? '').trim();
	if (name) body.name = values.text('Name', name, 40);
	if (fields.maxRedemptions !== undefined) body.max_redemptions = values.integer('Max Redemptions', fields.maxRedemptions, 1);
	if (fields.redeemBy) body.redeem_by = values.unixSeconds('Redeem By', fields.redeemBy, true);
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const params = values.params(['discountType', 'percentOff', 'amountOff', 'currency', 'duration', 'durationInMonths']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = couponCreateBody(values, params, fields);
	return {
		request: { method: 'POST', path: '/v1/coupons', body, itemIndex },
		onceKey: body.id && `coupon ${body.id}`,
		output: (coupon) => couponOutput(coupon, simplify),
	};
}
