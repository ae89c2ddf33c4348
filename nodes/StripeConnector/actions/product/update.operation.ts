import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../types';
import { updateFieldsProperty, updateObject } from '../updateObject';
import { productBody, updateFields } from './fields';
import { productOutput } from './output';

export const description: INodeProperties[] = [updateFieldsProperty('product', updateFields)];

export async function execute(operation: OperationContext): Promise<IDataObject> {
	return await updateObject(
		{ collection: '/v1/products', idParameter: 'productId', label: 'Product', body: productBody, output: productOutput },
		operation,
	);
}
