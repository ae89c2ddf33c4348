import { updateDisplayOptions } from 'n8n-workflow';

import { prepareDelete } from '../deleteObject';
import { customerLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a customer permanently; Stripe also cancels its active subscriptions. Needs the customer ID (cus_…).',
	action: 'Delete a customer by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['delete'] } }, [customerLocator]);

export const effect: Effect = 'delete';

export function prepare(item: ItemParameters): SingleCall {
	return prepareDelete({ collection: '/v1/customers', idParameter: 'customerId', label: 'Customer' }, item);
}
