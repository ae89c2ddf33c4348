import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { additionalFieldsProperty } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { customerBody, customerFields } from './fields';
import { customerOutput } from './output';

// Each option's description says what the operation does and what it needs: an AI agent picks the tool by it.
export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description: 'Create a customer. Needs nothing; email, description and metadata are optional.',
	action: 'Create a customer',
};

const properties: INodeProperties[] = [
	additionalFieldsProperty(customerFields),
];

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = customerBody(ctx.getNode(), itemIndex, fields);
	return {
		request: { method: 'POST', path: '/v1/customers', body, itemIndex },
		output: (customer) => customerOutput(customer, simplify),
	};
}
