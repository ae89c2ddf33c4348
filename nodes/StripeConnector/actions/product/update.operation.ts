import type { INodeProperties } from 'n8n-workflow';

import type { Effect, ItemParameters, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { productBody, updateFields } from './fields';
import { productOutput } from './output';

export const description: INodeProperties[] = [updateFieldsProperty('product', updateFields)];

export const effect: Effect = 'update';

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{ collection: '/v1/products', idParameter: 'productId', label: 'Product', body: productBody, output: productOutput },
		item,
	);
}
