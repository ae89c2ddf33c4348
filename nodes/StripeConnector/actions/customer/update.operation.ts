import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../types';
import { updateFieldsProperty, updateObject } from '../updateObject';
import { customerBody, customerFields } from './fields';
import { customerOutput } from './output';

export const description: INodeProperties[] = [updateFieldsProperty('customer', customerFields)];

export async function execute(operation: OperationContext): Promise<IDataObject> {
	return await updateObject(
		{ collection: '/v1/customers', idParameter: 'customerId', label: 'Customer', body: customerBody, output: customerOutput },
		operation,
	);
}
