import type { INodeProperties } from 'n8n-workflow';

import { prepareDelete } from '../deleteObject';
import type { Effect, ItemParameters, SingleCall } from '../types';

export const description: INodeProperties[] = [];

export const effect: Effect = 'delete';

export function prepare(item: ItemParameters): SingleCall {
	return prepareDelete({ collection: '/v1/customers', idParameter: 'customerId', label: 'Customer' }, item);
}
