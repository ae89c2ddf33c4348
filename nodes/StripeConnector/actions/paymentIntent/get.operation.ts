import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { paymentIntentLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { paymentIntentOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a payment intent by ID (pi_…): amounts asked, held and received, status, customer, latest charge. Needs the payment intent ID.',
	action: 'Get a payment intent by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['paymentIntent'], operation: ['get'] } }, [paymentIntentLocator]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/payment_intents', idParameter: 'paymentIntentId', label: 'Payment Intent', output: paymentIntentOutput }, item);
}
