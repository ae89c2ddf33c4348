import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Effect, ItemParameters, SingleCall } from '../types';
import { customerBody, customerFields } from './fields';
import { customerOutput } from './output';

export const description: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['customer'], operation: ['create'] } },
		options: customerFields,
	},
];

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = customerBody(ctx.getNode(), itemIndex, fields);
	return {
		request: { method: 'POST', path: '/v1/customers', body, itemIndex },
		output: (customer) => customerOutput(customer, simplify),
	};
}
