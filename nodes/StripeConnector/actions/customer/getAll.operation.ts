import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { emailValue } from '../../helpers/fields';
import { createdAfterFilter, createdBeforeFilter, createdQuery, prepareGetAll, type CreatedRange } from '../readMany';
import type { Effect, ItemParameters, PagedCall } from '../types';
import { CUSTOMER_EXPAND, customerOutput } from './output';

export const description: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { resource: ['customer'], operation: ['getAll'] } },
		options: [
			createdAfterFilter,
			createdBeforeFilter,
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. nathan@example.com',
				default: '',
				description: 'Only customers with exactly this email address (case-sensitive, as Stripe compares it)',
			},
		],
	},
];

export const effect: Effect = 'read';

/** GET /v1/customers filters (with listPages' PageQuery). */
export type CustomerListQuery = CreatedRange & { email?: string };

export function prepare(item: ItemParameters): PagedCall {
	const filters = item.ctx.getNodeParameter('filters', item.itemIndex, {}) as IDataObject;
	const qs: CustomerListQuery = createdQuery(item, filters);
	const email = emailValue(item.ctx.getNode(), item.itemIndex, filters.email);
	if (email) qs.email = email;
	return prepareGetAll({ collection: '/v1/customers', output: customerOutput, expand: CUSTOMER_EXPAND }, item, qs);
}
