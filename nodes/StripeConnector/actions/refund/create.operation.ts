import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { stripeDetailsOf } from '../../../shared/transport/stripeError';
import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty, metadataField, minorAmountField } from '../common.description';
import { chargeLocator, paymentIntentLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { refundOutput } from './output';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		"Refund a payment, in full or in part. Needs the charge ID (ch_…) or the payment intent ID (pi_…); optionally an amount in the smallest unit (cents: 500 is 5.00 USD; default: all that is not refunded yet), a reason (duplicate, fraudulent, requested by customer) and metadata. Repeating the same refund within 24 hours returns the first refund instead of refunding again.",
	action: 'Create a refund',
};

const properties: INodeProperties[] = [
	{
		displayName: 'Refund Of',
		name: 'refundOf',
		type: 'options',
		options: [
			{ name: 'Charge', value: 'charge', description: 'Refund a charge (ch_…)' },
			{ name: 'Payment Intent', value: 'paymentIntent', description: 'Refund the successful charge of a payment intent (pi_…)' },
		],
		default: 'charge',
	},
	{ ...chargeLocator, displayOptions: { show: { refundOf: ['charge'] } } },
	{ ...paymentIntentLocator, displayOptions: { show: { refundOf: ['paymentIntent'] } } },
	{
		displayName: 'Amount',
		name: 'amountType',
		type: 'options',
		options: [
			{ name: 'Full', value: 'full', description: 'All of the payment that is not refunded yet' },
			{ name: 'Partial', value: 'partial', description: 'An amount in the smallest unit of the payment\'s currency' },
		],
		default: 'full',
	},
	minorAmountField({
		displayName: 'Amount to Refund',
		name: 'amount',
		placeholder: 'e.g. 500',
		description: "In the payment's currency's smallest unit (cents): 500 is 5.00 USD; 500 is 500 JPY (zero-decimal). At most what is not refunded yet.",
		displayOptions: { show: { amountType: ['partial'] } },
	}),
	additionalFieldsProperty([
		metadataField,
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'options',
			options: [
				{ name: 'Duplicate', value: 'duplicate' },
				{ name: 'Fraudulent', value: 'fraudulent', description: 'Also tells Stripe\'s fraud detection' },
				{ name: 'Requested by Customer', value: 'requested_by_customer' },
			],
			default: 'requested_by_customer',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['refund'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export type RefundCreateBody = {
	charge?: string;
	payment_intent?: string;
	amount?: number;
	reason?: 'duplicate' | 'fraudulent' | 'requested_by_customer';
	metadata?: Record<string, string>;
};

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const params = values.params(['refundOf', 'chargeId', 'paymentIntentId', 'amountType', 'amount']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: RefundCreateBody = {};
	if (params.refundOf === 'paymentIntent') body.payment_intent = values.id('Payment Intent', params.paymentIntentId);
	else body.charge = values.id('Charge', params.chargeId);
	// The currency is the payment's, unknown before the request: only the whole number is checked here.
	if (params.amountType === 'partial') body.amount = values.amount('Amount to Refund', params.amount, undefined, 1);
	if (fields.reason) body.reason = String(fields.reason) as RefundCreateBody['reason'];
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return {
		request: { method: 'POST', path: '/v1/refunds', body, itemIndex },
		output: (refund) => refundOutput(refund, simplify),
		explain: (error) => {
			// Only Stripe knows what is left to refund: its refusal is told as this item's "Amount to Refund".
			const details = stripeDetailsOf(error);
			if (details?.code === 'amount_too_large') {
				error.message = `Item ${itemIndex + 1}: "Amount to Refund" is more than is left to refund. Stripe: ${details.message}`;
			}
			if (details?.code === 'charge_already_refunded') {
				const field = body.payment_intent ? 'Payment Intent' : 'Charge';
				error.message = `Item ${itemIndex + 1}: "${field}" is already refunded in full. Stripe: ${details.message}`;
			}
			return error;
		},
	};
}
