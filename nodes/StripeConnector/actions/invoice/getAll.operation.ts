import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { codeOptions } from '../../helpers/fields';
import { ItemValues } from '../../helpers/values';
import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
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
			options: codeOptions(INVOICE_STATUSES),
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
	const { filters, qs } = filterQuery(item, [
		['customer', 'customer', 'Customer ID'],
		['subscription', 'subscription', 'Subscription ID'],
	]);
	if (filters.status) qs.status = new ItemValues(item.ctx, item.itemIndex).oneOf('Status', filters.status, INVOICE_STATUSES);
	return prepareGetAll({ collection: '/v1/invoices', output: invoiceOutput }, item, qs);
}
