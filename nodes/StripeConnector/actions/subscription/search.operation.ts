import { updateDisplayOptions } from 'n8n-workflow';

import { prepareSearch, readManyProperties, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Search',
	value: 'search',
	description:
		"Find subscriptions by status, metadata or creation date. Needs a Stripe search query such as status:'active' AND metadata['plan']:'gold'. Stripe cannot search subscriptions by customer email: search the customer, then Get Many with its ID. Newly changed subscriptions can take up to a minute to appear.",
	action: 'Search subscriptions by query',
};

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['search'] } }, [
	searchQueryProperty("status:'active' AND metadata['plan']:'gold'", "status, created and metadata['key']"),
	...readManyProperties,
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/subscriptions', output: subscriptionOutput }, item);
}
