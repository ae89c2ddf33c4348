import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../types';
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

export async function execute({ ctx, client, itemIndex, idempotencyKey, simplify }: OperationContext): Promise<IDataObject> {
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = customerBody(ctx.getNode(), itemIndex, fields);
	const customer = await client.request<IDataObject>({ method: 'POST', path: '/v1/customers', body, idempotencyKey, itemIndex });
	return customerOutput(customer, simplify);
}
