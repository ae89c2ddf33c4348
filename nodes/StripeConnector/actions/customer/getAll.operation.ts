import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { emailValue } from '../../helpers/fields';
import { createdAfterFilter, createdBeforeFilter, createdQuery, filtersProperty, prepareGetAll, readManyProperties, type CreatedRange } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { customerOutput, CUSTOMER_EXPAND } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many customers, newest first. Needs nothing; optionally an exact email or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many customers',
};

const properties: INodeProperties[] = [
	filtersProperty([
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
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['getAll'] } }, properties);

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
