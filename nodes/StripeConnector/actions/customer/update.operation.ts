import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../types';
import { updateObject } from '../updateObject';
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

export async function execute(operation: OperationContext): Promise<IDataObject> {
	return await updateObject(
		{ collection: '/v1/customers', idParameter: 'customerId', label: 'Customer', body: customerBody, output: customerOutput },
		operation,
	);
}
