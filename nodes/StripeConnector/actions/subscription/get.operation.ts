import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { subscriptionIdField } from './fields';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a subscription by ID (sub_…): customer, status, items (price and quantity), period end, trial, cancellation. Needs the subscription ID.',
	action: 'Get a subscription by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['get'] } }, [subscriptionIdField]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/subscriptions', idParameter: 'subscriptionId', label: 'Subscription ID', output: subscriptionOutput }, item);
}
