import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { couponOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description: 'Get many coupons, newest first. Needs nothing; optionally a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many coupons',
};

const properties: INodeProperties[] = [
	filtersProperty([createdAfterFilter, createdBeforeFilter]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['coupon'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareGetAll({ collection: '/v1/coupons', output: couponOutput }, item, filterQuery(item).qs);
}
