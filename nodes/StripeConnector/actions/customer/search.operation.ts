import type { INodeProperties } from 'n8n-workflow';

import { prepareSearch, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, PagedCall } from '../types';
import { CUSTOMER_EXPAND, customerOutput } from './output';

export const description: INodeProperties[] = [
	searchQueryProperty('customer', "email:'ada@example.com'", 'email, name, phone, created and metadata[\'key\']'),
];

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/customers', output: customerOutput, expand: CUSTOMER_EXPAND }, item);
}
