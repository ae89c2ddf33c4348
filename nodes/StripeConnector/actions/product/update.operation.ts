import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../types';
import { updateObject } from '../updateObject';
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

export async function execute(operation: OperationContext): Promise<IDataObject> {
	return await updateObject(
		{ collection: '/v1/products', idParameter: 'productId', label: 'Product', body: productBody, output: productOutput },
		operation,
	);
}
