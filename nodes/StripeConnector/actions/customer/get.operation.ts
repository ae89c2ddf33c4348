import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { customerLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { customerOutput, CUSTOMER_EXPAND } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a customer by ID (cus_…). Needs the customer ID.',
	action: 'Get a customer by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['get'] } }, [customerLocator]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet(
		{ collection: '/v1/customers', idParameter: 'customerId', label: 'Customer', output: customerOutput },
		item,
		item.simplify ? { expand: CUSTOMER_EXPAND } : undefined,
	);
}
