import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { promotionCodeOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many promotion codes, newest first. Needs nothing; optionally active, the exact code customers type (case-insensitive), a coupon ID or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many promotion codes',
};

const properties: INodeProperties[] = [
	filtersProperty([
		{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether to return only active codes (on) or only inactive ones (off)' },
		{ displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: 'e.g. SUMMER25', description: 'Only the code customers type, case-insensitive' },
		{ displayName: 'Coupon ID', name: 'coupon', type: 'string', default: '', placeholder: 'e.g. Z4OV52SU', description: 'Only codes of this coupon' },
		createdAfterFilter,
		createdBeforeFilter,
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['promotionCode'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { filters, qs } = filterQuery(item);
	if (typeof filters.active === 'boolean') qs.active = filters.active;
	if (String(filters.code ?? '').trim()) qs.code = String(filters.code).trim();
	if (String(filters.coupon ?? '').trim()) qs.coupon = String(filters.coupon).trim();
	return prepareGetAll({ collection: '/v1/promotion_codes', output: promotionCodeOutput }, item, qs);
}
