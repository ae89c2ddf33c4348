import { updateDisplayOptions } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { locatorId } from '../../helpers/fields';
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

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const id = locatorId(ctx.getNode(), itemIndex, 'Customer', ctx.getNodeParameter('customerId', itemIndex));
	return {
		request: { method: 'GET', path: resourcePath('/v1/customers', id), qs: simplify ? { expand: CUSTOMER_EXPAND } : undefined, itemIndex },
		output: (customer) => customerOutput(customer, simplify),
	};
}
