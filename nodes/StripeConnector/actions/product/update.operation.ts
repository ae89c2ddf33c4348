import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { locatorId } from '../../helpers/fields';
import type { OperationContext } from '../types';
import { productBody, updateFields } from './fields';
import { productOutput } from './output';

export const description: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are changed; a field added with an empty value is unset',
		displayOptions: { show: { resource: ['product'], operation: ['update'] } },
		options: updateFields,
	},
];

export async function execute({ ctx, client, itemIndex, idempotencyKey, simplify }: OperationContext): Promise<IDataObject> {
	const node = ctx.getNode();
	const id = locatorId(node, itemIndex, 'Product', ctx.getNodeParameter('productId', itemIndex));
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = productBody(node, itemIndex, fields);
	const product = await client.request<IDataObject>({
		method: 'POST',
		path: resourcePath('/v1/products', id),
		body,
		idempotencyKey,
		itemIndex,
	});
	return productOutput(product, simplify);
}
