import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { additionalFieldsProperty } from '../common.description';
import { paymentIntentLocator } from '../locators';
import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { paymentIntentOutput } from './output';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	description:
		'Cancel a payment intent that is not paid yet (or whose funds are only held: they are released). Needs the payment intent ID (pi_…); optionally a reason (abandoned, duplicate, fraudulent, requested by customer). Stripe refuses a succeeded payment intent: refund it instead.',
	action: 'Cancel a payment intent',
};

export const description = updateDisplayOptions({ show: { resource: ['paymentIntent'], operation: ['cancel'] } }, [
	paymentIntentLocator,
	additionalFieldsProperty([
		{
			displayName: 'Cancellation Reason',
			name: 'cancellationReason',
			type: 'options',
			options: [
				{ name: 'Abandoned', value: 'abandoned' },
				{ name: 'Duplicate', value: 'duplicate' },
				{ name: 'Fraudulent', value: 'fraudulent' },
				{ name: 'Requested by Customer', value: 'requested_by_customer' },
			],
			default: 'requested_by_customer',
		},
	]),
]);

// Keyed on the work, as Capture is (see there): a canceled intent cannot be canceled again, so n8n's Retry gets Stripe's first answer.
export const effect: Effect = 'transition';

export type PaymentIntentCancelBody = { cancellation_reason?: 'abandoned' | 'duplicate' | 'fraudulent' | 'requested_by_customer' };

export function prepare(item: ItemParameters): SingleCall {
	const fields = item.ctx.getNodeParameter('additionalFields', item.itemIndex, {}) as IDataObject;
	const body: PaymentIntentCancelBody = fields.cancellationReason ? { cancellation_reason: String(fields.cancellationReason) as PaymentIntentCancelBody['cancellation_reason'] } : {};
	return prepareStateChange({ collection: '/v1/payment_intents', action: 'cancel', idParameter: 'paymentIntentId', label: 'Payment Intent', output: paymentIntentOutput }, item, body);
}
