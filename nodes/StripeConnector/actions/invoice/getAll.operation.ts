import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FormValue } from '../../../shared/transport/formEncode';

import { ItemValues } from '../../helpers/values';
import { createdAfterFilter, createdBeforeFilter, createdQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { invoiceOutput } from './output';

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'uncollectible', 'void'];

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many invoices, newest first. Needs nothing; optionally a customer ID, a status (draft, open, paid, uncollectible, void), a subscription ID or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many invoices',
};

const properties: INodeProperties[] = [
	filtersProperty([
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib', description: 'Only invoices of this customer' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: INVOICE_STATUSES.map((status) => ({ name: status.charAt(0).toUpperCase() + status.slice(1), value: status })),
			default: 'open',
			description: 'Only invoices in this state',
		},
		{ displayName: 'Subscription ID', name: 'subscription', type: 'string', default: '', placeholder: 'e.g. sub_1MowQVLkdIwHu7ixeRlqHVzs', description: 'Only invoices of this subscription' },
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { ctx, itemIndex } = item;
	const values = new ItemValues(ctx, itemIndex);
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: Record<string, FormValue> = createdQuery(item, filters);
	if (filters.customer) qs.customer = values.id('Customer ID', filters.customer);
	if (filters.subscription) qs.subscription = values.id('Subscription ID', filters.subscription);
	if (filters.status) {
		const status = String(filters.status);
		if (!INVOICE_STATUSES.includes(status)) throw values.fail('Status', `"${status}" is not one of ${INVOICE_STATUSES.join(', ')}`);
		qs.status = status;
	}
	return prepareGetAll({ collection: '/v1/invoices', output: invoiceOutput }, item, qs);
}
