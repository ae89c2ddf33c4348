import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { locatorId } from '../../helpers/fields';
import type { OperationContext } from '../types';
import { customerBody, customerFields } from './fields';
import { customerOutput } from './output';

export const description: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are changed; a field added with an empty value is unset',
		displayOptions: { show: { resource: ['customer'], operation: ['update'] } },
		options: customerFields,
	},
];

export async function execute({ ctx, client, itemIndex, idempotencyKey, simplify }: OperationContext): Promise<IDataObject> {
	const node = ctx.getNode();
	const id = locatorId(node, itemIndex, 'Customer', ctx.getNodeParameter('customerId', itemIndex));
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = customerBody(node, itemIndex, fields);
	const customer = await client.request<IDataObject>({
		method: 'POST',
		path: resourcePath('/v1/customers', id),
		body,
		idempotencyKey,
		itemIndex,
	});
	return customerOutput(customer, simplify);
}
