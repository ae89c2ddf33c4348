import { updateDisplayOptions } from 'n8n-workflow';

import { prepareSearch, readManyProperties, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Search',
	value: 'search',
	description:
		"Find invoices by customer, status, number, total, subscription or metadata. Needs a Stripe search query such as customer:'cus_123' AND status:'open'. Newly created invoices can take up to a minute to appear.",
	action: 'Search invoices by query',
};

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['search'] } }, [
	searchQueryProperty("customer:'cus_NffrFeUfNV2Hib' AND status:'open'", "created, currency, customer, number, receipt_number, status, subscription, total and metadata['key']"),
	...readManyProperties,
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/invoices', output: invoiceOutput }, item);
}
