import { updateDisplayOptions } from 'n8n-workflow';

import { customerLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { customerBody, customerFields } from './fields';
import { CUSTOMER_EXPAND, customerOutput } from './output';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description:
		'Update a customer. Needs the customer ID (cus_…) and the fields to change: email, description, metadata; a field given empty is removed.',
	action: 'Update a customer by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['update'] } }, [
	customerLocator,
	updateFieldsProperty(customerFields),
]);

export const effect: Effect = 'update';

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{ collection: '/v1/customers', idParameter: 'customerId', label: 'Customer', body: customerBody, output: customerOutput, expand: CUSTOMER_EXPAND },
		item,
	);
}
