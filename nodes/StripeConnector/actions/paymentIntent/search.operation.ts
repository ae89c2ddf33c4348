import { updateDisplayOptions } from 'n8n-workflow';

import { prepareSearch, readManyProperties, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { paymentIntentOutput } from './output';

export const option: OperationOption = {
	name: 'Search',
	value: 'search',
	description:
		"Find payment intents by customer, status, amount, currency or metadata. Needs a Stripe search query such as customer:'cus_123' AND status:'succeeded'. Newly created payment intents can take up to a minute to appear.",
	action: 'Search payment intents by query',
};

export const description = updateDisplayOptions({ show: { resource: ['paymentIntent'], operation: ['search'] } }, [
	searchQueryProperty("customer:'cus_NffrFeUfNV2Hib' AND status:'succeeded'", "amount, currency, customer, status, created and metadata['key']"),
	...readManyProperties,
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/payment_intents', output: paymentIntentOutput }, item);
}
