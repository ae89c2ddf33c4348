import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Effect, ItemParameters, SingleCall } from '../types';
import { createFields, productBody, requiredName, type ProductCreateBody } from './fields';
import { productOutput } from './output';

export const description: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Gold plan',
		description: 'The product\'s name, meant to be displayable to the customer',
		displayOptions: { show: { resource: ['product'], operation: ['create'] } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['product'], operation: ['create'] } },
		options: createFields,
	},
];

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const node = ctx.getNode();
	const name = requiredName(node, itemIndex, ctx.getNodeParameter('name', itemIndex, ''));
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: ProductCreateBody = { ...productBody(node, itemIndex, fields), name };
	return {
		request: { method: 'POST', path: '/v1/products', body, itemIndex },
		output: (product) => productOutput(product, simplify),
	};
}
