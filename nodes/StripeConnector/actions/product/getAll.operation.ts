import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, createdQuery, prepareGetAll, type CreatedRange } from '../readMany';
import type { Effect, ItemParameters, PagedCall } from '../types';
import { productOutput } from './output';

export const description: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { resource: ['product'], operation: ['getAll'] } },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether to return only active products (on) or only archived ones (off)',
			},
			createdAfterFilter,
			createdBeforeFilter,
			{
				displayName: 'Shippable',
				name: 'shippable',
				type: 'boolean',
				default: true,
				description: 'Whether to return only shippable products (on) or only products that are not (off)',
			},
		],
	},
];

export const effect: Effect = 'read';

/** GET /v1/products filters (with listPages' PageQuery). */
export type ProductListQuery = CreatedRange & { active?: boolean; shippable?: boolean };

export function prepare(item: ItemParameters): PagedCall {
	const filters = item.ctx.getNodeParameter('filters', item.itemIndex, {}) as IDataObject;
	const qs: ProductListQuery = createdQuery(item, filters);
	if (typeof filters.active === 'boolean') qs.active = filters.active;
	if (typeof filters.shippable === 'boolean') qs.shippable = filters.shippable;
	return prepareGetAll({ collection: '/v1/products', output: productOutput }, item, qs);
}
