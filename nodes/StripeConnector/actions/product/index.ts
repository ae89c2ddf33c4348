import type { INodeProperties } from 'n8n-workflow';

import { idLocator } from '../common.description';
import { readManyProperties } from '../readMany';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const operations = { create, delete: deleteOperation, getAll, search, update };

// Each description says what the operation does and what it needs: an AI agent picks the tool by it.
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a product. Needs a name; ID, active, caption, description, images (up to 8 URLs), shippable, URL and metadata are optional.',
				action: 'Create a product',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a product permanently. Needs the product ID (prod_…). Stripe refuses when the product has prices: archive it instead (Update with Active off).',
				action: 'Delete a product by ID',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'Get many products, newest first. Needs nothing; optionally active, shippable or a creation date range, and a limit (default 50) or Return All.',
				action: 'Get many products',
			},
			{
				name: 'Search',
				value: 'search',
				description:
					"Find products by name, description, active, shippable, URL or metadata. Needs a Stripe search query such as name~'shirt'. Newly created products can take up to a minute to appear.",
				action: 'Search products by query',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Update a product. Needs the product ID (prod_…) and the fields to change: name, active, caption, description, images, shippable, URL, metadata; a field given empty is removed.',
				action: 'Update a product by ID',
			},
		],
		default: 'create',
	},
	idLocator('product', ['delete', 'update']),
	...create.description,
	...getAll.description,
	...search.description,
	...readManyProperties('product'),
	...update.description,
];
