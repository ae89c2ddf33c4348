import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, createdQuery, filtersProperty, prepareGetAll, readManyProperties, type CreatedRange } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { productOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many products, newest first. Needs nothing; optionally active, shippable or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many products',
};

const properties: INodeProperties[] = [
	filtersProperty([
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
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['getAll'] } }, properties);

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
