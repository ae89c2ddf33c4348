import { updateDisplayOptions } from 'n8n-workflow';

import { prepareSearch, readManyProperties, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { customerOutput, CUSTOMER_EXPAND } from './output';

export const option: OperationOption = {
	name: 'Search',
	value: 'search',
	description:
		"Find customers by email, name, phone or metadata. Needs a Stripe search query such as email:'ada@example.com'. Newly created customers can take up to a minute to appear.",
	action: 'Search customers by query',
};

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['search'] } }, [
	searchQueryProperty("email:'ada@example.com'", 'email, name, phone, created and metadata[\'key\']'),
	...readManyProperties,
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/customers', output: customerOutput, expand: CUSTOMER_EXPAND }, item);
}
