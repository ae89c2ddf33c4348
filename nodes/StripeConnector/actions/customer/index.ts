import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../common.description';
import { readManyProperties } from '../readMany';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const operations = { create, delete: deleteOperation, get, getAll, search, update };

// Each description says what the operation does and what it needs: an AI agent picks the tool by it.
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a customer. Needs nothing; email, description and metadata are optional.',
				action: 'Create a customer',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a customer permanently; Stripe also cancels its active subscriptions. Needs the customer ID (cus_…).',
				action: 'Delete a customer by ID',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a customer by ID (cus_…). Needs the customer ID.',
				action: 'Get a customer by ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'Get many customers, newest first. Needs nothing; optionally an exact email or a creation date range, and a limit (default 50) or Return All.',
				action: 'Get many customers',
			},
			{
				name: 'Search',
				value: 'search',
				description:
					"Find customers by email, name, phone or metadata. Needs a Stripe search query such as email:'ada@example.com'. Newly created customers can take up to a minute to appear.",
				action: 'Search customers by query',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Update a customer. Needs the customer ID (cus_…) and the fields to change: email, description, metadata; a field given empty is removed.',
				action: 'Update a customer by ID',
			},
		],
		default: 'create',
	},
	idLocator('customer', ['delete', 'get', 'update']),
	...create.description,
	...getAll.description,
	...search.description,
	...readManyProperties('customer'),
	...update.description,
];
