import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../common.description';
import * as create from './create.operation';
import * as update from './update.operation';

export const operations = { create, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a product', action: 'Create a product' },
			{ name: 'Update', value: 'update', description: 'Update a product', action: 'Update a product' },
		],
		default: 'create',
	},
	idLocator('product', ['update']),
	...create.description,
	...update.description,
];
