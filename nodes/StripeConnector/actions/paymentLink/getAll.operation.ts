import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { paymentLinkOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description: 'Get many payment links, newest first. Needs nothing; optionally only active or only inactive links, and a limit (default 50) or Return All.',
	action: 'Get many payment links',
};

const properties: INodeProperties[] = [
	filtersProperty([{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether to return only active links (on) or only deactivated ones (off)' }]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['paymentLink'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const filters = item.ctx.getNodeParameter('filters', item.itemIndex, {}) as IDataObject;
	return prepareGetAll({ collection: '/v1/payment_links', output: paymentLinkOutput }, item, typeof filters.active === 'boolean' ? { active: filters.active } : {});
}
