import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../common.description';
import * as create from './create.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export const operations = { create, get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a customer', action: 'Create a customer' },
			{ name: 'Get', value: 'get', description: 'Get a customer', action: 'Get a customer' },
			{ name: 'Update', value: 'update', description: 'Update a customer', action: 'Update a customer' },
		],
		default: 'create',
	},
	idLocator('customer', ['get', 'update']),
	...create.description,
	...get.description,
	...update.description,
];
