import { updateDisplayOptions } from 'n8n-workflow';

import { prepareSearch, readManyProperties, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { chargeOutput } from './output';

export const option: OperationOption = {
	name: 'Search',
	value: 'search',
	description:
		"Find charges by customer, payment intent, status, amount, currency, refunded, card last 4 or metadata. Needs a Stripe search query such as customer:'cus_123' AND status:'succeeded' (to find a customer's charges by email, search customers by email first). Newly created charges can take up to a minute to appear.",
	action: 'Search charges by query',
};

export const description = updateDisplayOptions({ show: { resource: ['charge'], operation: ['search'] } }, [
	searchQueryProperty(
		"customer:'cus_NffrFeUfNV2Hib' AND status:'succeeded'",
		"amount, currency, customer, payment_intent, status, refunded, disputed, payment_method_details.card.last4, billing_details.address.postal_code, created and metadata['key']",
	),
	...readManyProperties,
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/charges', output: chargeOutput }, item);
}
