import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { invoiceItemOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many invoice items, newest first. Needs nothing; optionally a customer ID, an invoice ID, pending only (not yet on an invoice) or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many invoice items',
};

const properties: INodeProperties[] = [
	filtersProperty([
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib', description: 'Only items of this customer' },
		{ displayName: 'Invoice ID', name: 'invoice', type: 'string', default: '', placeholder: 'e.g. in_1MtHbELkdIwHu7ixl4OzzPMv', description: 'Only the items on this invoice' },
		{ displayName: 'Pending', name: 'pending', type: 'boolean', default: true, description: 'Whether to return only pending items (not yet on an invoice, on) or only invoiced ones (off)' },
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { filters, qs } = filterQuery(item, [
		['customer', 'customer', 'Customer ID'],
		['invoice', 'invoice', 'Invoice ID'],
	]);
	if (typeof filters.pending === 'boolean') qs.pending = filters.pending;
	return prepareGetAll({ collection: '/v1/invoiceitems', output: invoiceItemOutput }, item, qs);
}
