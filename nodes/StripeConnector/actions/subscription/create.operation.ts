import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FormValue } from '../../../shared/transport/formEncode';
import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty, metadataField } from '../common.description';
import { customerLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		"Subscribe a customer to recurring prices. Needs the customer ID (cus_…) and one or more items (recurring price ID price_… and quantity); trial (days or end date), collection method, days until due, default payment method, coupon or promotion code, payment behavior and metadata are optional. Stripe makes the first invoice at once: charged now unless there is a trial.",
	action: 'Create a subscription',
};

/** Stripe allows at most 20 items on a subscription. */
const MAX_ITEMS = 20;

const properties: INodeProperties[] = [
	customerLocator,
	{
		displayName: 'Items',
		name: 'items',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Item',
		default: { itemValues: [{ price: '', quantity: 1 }] },
		required: true,
		description: 'The recurring prices the customer subscribes to (at most 20, each price once)',
		options: [
			{
				displayName: 'Item',
				name: 'itemValues',
				values: [
					{ displayName: 'Price ID', name: 'price', type: 'string', default: '', placeholder: 'e.g. price_1MoBy5LkdIwHu7ixZhnattbh', description: 'A recurring price (price_…)' },
					{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 0 }, default: 1, description: 'How many of this price the customer pays for each period' },
				],
			},
		],
	},
	additionalFieldsProperty([
		{
			displayName: 'Collection Method',
			name: 'collectionMethod',
			type: 'options',
			options: [
				{ name: 'Charge Automatically (Stripe Default)', value: 'charge_automatically', description: "Stripe charges the customer's default payment method for each invoice" },
				{ name: 'Send Invoice', value: 'send_invoice', description: 'Stripe emails each invoice; the customer pays it within Days Until Due' },
			],
			default: 'charge_automatically',
		},
		{ displayName: 'Coupon ID', name: 'coupon', type: 'string', default: '', placeholder: 'e.g. Z4OV52SU', description: 'A coupon discounting every invoice it applies to' },
		{
			displayName: 'Days Until Due',
			name: 'daysUntilDue',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 30,
			description: 'Days the customer has to pay each invoice; only with Collection Method "Send Invoice"',
		},
		{
			displayName: 'Default Payment Method ID',
			name: 'defaultPaymentMethod',
			type: 'string',
			default: '',
			placeholder: 'e.g. pm_1MowQVLkdIwHu7ixeRlqHVzs',
			description: "The payment method charged for this subscription, in place of the customer's default",
		},
		{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'Shown to the customer, e.g. in the customer portal' },
		metadataField,
		{
			displayName: 'Payment Behavior',
			name: 'paymentBehavior',
			type: 'options',
			options: [
				{
					name: 'Allow Incomplete (Stripe Default)',
					value: 'allow_incomplete',
					description: 'The subscription is created even if the first invoice cannot be paid now; it is then incomplete until paid',
				},
				{
					name: 'Default Incomplete',
					value: 'default_incomplete',
					description: 'When the first invoice needs payment, the subscription starts incomplete and the payment waits for the customer to confirm it (e.g. on your page)',
				},
				{
					name: 'Error If Incomplete',
					value: 'error_if_incomplete',
					description: 'If the first invoice cannot be paid now, Stripe refuses the request (402) and no subscription is created',
				},
			],
			default: 'allow_incomplete',
			description: "What happens when the first invoice's payment fails or needs the customer (Stripe's payment_behavior)",
		},
		{ displayName: 'Promotion Code ID', name: 'promotionCode', type: 'string', default: '', placeholder: 'e.g. promo_1MiM6KLkdIwHu7ixrIaX4wgn', description: 'A promotion code (promo_…) whose coupon discounts the subscription' },
		{
			displayName: 'Trial End',
			name: 'trialEnd',
			type: 'dateTime',
			default: '',
			description: 'The customer is not charged until this moment (at most 2 years ahead); the first invoice is 0. Use this or Trial Period Days.',
		},
		{
			displayName: 'Trial Period Days',
			name: 'trialPeriodDays',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 14,
			description: 'Days of free trial: the first invoice is 0 and the first charge comes when the trial ends. Use this or Trial End.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

/** At most two years of trial (Stripe's limit on trial_end and trial_period_days). */
const MAX_TRIAL_DAYS = 730;

export function subscriptionItems(values: ItemValues, raw: unknown): Array<{ price: string; quantity: number }> {
	const entries = ((raw as IDataObject | undefined)?.itemValues as IDataObject[] | undefined) ?? [];
	if (entries.length === 0) throw values.fail('Items', 'is empty: add at least one item (a recurring price)');
	if (entries.length > MAX_ITEMS) throw values.fail('Items', `has ${entries.length} items; Stripe allows at most ${MAX_ITEMS}`);
	const seen = new Set<string>();
	return entries.map((entry, index) => {
		const price = values.id(`Items ${index + 1}: Price ID`, entry.price);
		if (seen.has(price)) throw values.fail('Items', `name price ${price} twice: a subscription has each price once (raise its quantity instead)`);
		seen.add(price);
		return { price, quantity: values.integer(`Items ${index + 1}: Quantity`, entry.quantity ?? 1, 0) };
	});
}

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: Record<string, FormValue> = {
		customer: values.id('Customer', ctx.getNodeParameter('customerId', itemIndex)),
		items: subscriptionItems(values, ctx.getNodeParameter('items', itemIndex, {})),
	};
	if ('trialPeriodDays' in fields && fields.trialEnd) throw values.fail('Trial End', 'and "Trial Period Days" are both set: use one of them');
	if ('trialPeriodDays' in fields) body.trial_period_days = values.integer('Trial Period Days', fields.trialPeriodDays, 1, MAX_TRIAL_DAYS);
	if (fields.trialEnd) body.trial_end = values.unixSeconds('Trial End', fields.trialEnd, true);
	const collection = String(fields.collectionMethod ?? 'charge_automatically');
	if ('collectionMethod' in fields) body.collection_method = collection;
	if ('daysUntilDue' in fields) {
		if (collection !== 'send_invoice') throw values.fail('Days Until Due', 'applies only with Collection Method "Send Invoice"');
		body.days_until_due = values.integer('Days Until Due', fields.daysUntilDue, 0, 730);
	}
	if (fields.defaultPaymentMethod) body.default_payment_method = values.id('Default Payment Method ID', fields.defaultPaymentMethod);
	const discounts: Array<Record<string, string>> = [];
	if (fields.coupon) discounts.push({ coupon: values.id('Coupon ID', fields.coupon) });
	if (fields.promotionCode) discounts.push({ promotion_code: values.id('Promotion Code ID', fields.promotionCode) });
	if (discounts.length) body.discounts = discounts;
	if (fields.description) body.description = String(fields.description);
	if (fields.paymentBehavior) body.payment_behavior = String(fields.paymentBehavior);
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return {
		request: { method: 'POST', path: '/v1/subscriptions', body, itemIndex },
		output: (subscription) => subscriptionOutput(subscription, simplify),
	};
}
