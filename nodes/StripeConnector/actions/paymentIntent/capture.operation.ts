import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty } from '../common.description';
import { paymentIntentLocator } from '../locators';
import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { paymentIntentOutput } from './output';

export const option: OperationOption = {
	name: 'Capture',
	value: 'capture',
	description:
		'Capture the funds held by a payment intent created with manual capture (status requires_capture). Needs the payment intent ID (pi_…); optionally the amount to capture in the smallest unit (cents), at most the amount held — the rest is released.',
	action: 'Capture a payment intent',
};

export const description = updateDisplayOptions({ show: { resource: ['paymentIntent'], operation: ['capture'] } }, [
	paymentIntentLocator,
	additionalFieldsProperty([
		{
			displayName: 'Amount to Capture',
			name: 'amountToCapture',
			type: 'number',
			default: 0,
			placeholder: 'e.g. 1500',
			description: "In the currency's smallest unit (cents), at most the amount held; default: all of it",
		},
	]),
]);

/*
 * Keyed on the work, not the execution: a payment intent is captured once. Stripe refuses a second
 * capture (the intent has succeeded), so an execution-scoped key would make n8n's Retry of a bulk
 * capture fail on every item captured the first time; with the work's key Stripe replays the first
 * capture's answer — nothing fails and nothing is captured twice.
 */
export const effect: Effect = 'transition';

export type PaymentIntentCaptureBody = { amount_to_capture?: number };

export function prepare(item: ItemParameters): SingleCall {
	const { ctx, itemIndex } = item;
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: PaymentIntentCaptureBody = {};
	// The currency is the intent's, unknown before the request: only the whole number is checked here.
	if (fields.amountToCapture !== undefined) body.amount_to_capture = new ItemValues(ctx, itemIndex).amount('Amount to Capture', fields.amountToCapture, undefined, 1);
	return prepareStateChange({ collection: '/v1/payment_intents', action: 'capture', idParameter: 'paymentIntentId', label: 'Payment Intent', output: paymentIntentOutput }, item, body);
}
