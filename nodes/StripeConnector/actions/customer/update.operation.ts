import type { INodeProperties } from 'n8n-workflow';

import type { Effect, ItemParameters, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { customerBody, customerFields } from './fields';
import { CUSTOMER_EXPAND, customerOutput } from './output';

export const description: INodeProperties[] = [updateFieldsProperty('customer', customerFields)];

export const effect: Effect = 'update';

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{ collection: '/v1/customers', idParameter: 'customerId', label: 'Customer', body: customerBody, output: customerOutput, expand: CUSTOMER_EXPAND },
		item,
	);
}
