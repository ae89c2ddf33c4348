import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty, metadataField } from '../common.description';
import { couponLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { promotionCodeOutput } from './output';

/** POST /v1/promotion_codes (Stripe.PromotionCodeCreateParams; since clover the coupon is under `promotion`). */
export type PromotionCodeCreateBody = {
	promotion: { type: 'coupon'; coupon: string };
	code?: string;
	active?: boolean;
	max_redemptions?: number;
	expires_at?: number;
	restrictions?: { first_time_transaction?: boolean; minimum_amount?: number; minimum_amount_currency?: string };
	metadata?: Record<string, string>;
};

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		'Create a promotion code: a code customers type at checkout to get a coupon\'s discount. Needs the coupon ID; the code (Stripe generates one if empty), max redemptions, expiry, first-time-order only and a minimum order amount (in the smallest unit, e.g. 5000 cents, with its currency) are optional.',
	action: 'Create a promotion code',
};

const properties: INodeProperties[] = [
	couponLocator,
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		default: '',
		placeholder: 'e.g. SUMMER25',
		description: 'What customers type (letters and digits, case-insensitive, unique among active codes); empty lets Stripe generate one',
	},
	additionalFieldsProperty([
		{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the code can be redeemed now' },
		{ displayName: 'Expires At', name: 'expiresAt', type: 'dateTime', default: '', description: 'When the code stops working' },
		{ displayName: 'First-Time Order Only', name: 'firstTimeTransaction', type: 'boolean', default: false, description: 'Whether only customers who never paid before may use it' },
		{ displayName: 'Max Redemptions', name: 'maxRedemptions', type: 'number', typeOptions: { minValue: 1 }, default: 100, description: 'How many times the code can be redeemed in all' },
		metadataField,
		{ displayName: 'Minimum Amount', name: 'minimumAmount', type: 'number', default: 0, placeholder: 'e.g. 5000', description: "The smallest order total the code applies to, in the currency's smallest unit (cents): 5000 is 50.00 USD. Needs Minimum Amount Currency." },
		{ displayName: 'Minimum Amount Currency', name: 'minimumAmountCurrency', type: 'string', default: '', placeholder: 'e.g. usd', description: 'Three-letter ISO currency code of the minimum amount' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['promotionCode'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function promotionCodeCreateBody(values: ItemValues, params: IDataObject, fields: IDataObject): PromotionCodeCreateBody {
	const body: PromotionCodeCreateBody = { promotion: { type: 'coupon', coupon: values.id('Coupon', params.couponId) } };
	const code = String(params.code ?? '').trim();
	if (code) {
		if (!/^[A-Za-z0-9]{1,500}$/.test(code)) throw values.fail('Code', `"${code}" may contain only letters and digits`);
		body.code = code;
	}
	if ('active' in fields) body.active = fields.active === true;
	if (fields.maxRedemptions !== undefined) body.max_redemptions = values.integer('Max Redemptions', fields.maxRedemptions, 1);
	if (fields.expiresAt) body.expires_at = values.unixSeconds('Expires At', fields.expiresAt, true);
	const restrictions: NonNullable<PromotionCodeCreateBody['restrictions']> = {};
	if (fields.firstTimeTransaction === true) restrictions.first_time_transaction = true;
	if (fields.minimumAmount !== undefined || fields.minimumAmountCurrency) {
		if (!fields.minimumAmountCurrency) throw values.fail('Minimum Amount Currency', 'is required with "Minimum Amount"');
		restrictions.minimum_amount_currency = values.currency('Minimum Amount Currency', fields.minimumAmountCurrency);
		restrictions.minimum_amount = values.amount('Minimum Amount', fields.minimumAmount, restrictions.minimum_amount_currency, 1);
	}
	if (Object.keys(restrictions).length) body.restrictions = restrictions;
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const params = values.params(['couponId', 'code']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = promotionCodeCreateBody(values, params, fields);
	return {
		request: { method: 'POST', path: '/v1/promotion_codes', body, itemIndex },
		// Unique among active codes, case-insensitive.
		onceKey: body.code && `promotion code ${body.code.toLowerCase()}`,
		output: (code) => promotionCodeOutput(code, simplify),
	};
}
