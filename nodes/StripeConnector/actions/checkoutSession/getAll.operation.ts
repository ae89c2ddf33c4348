import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, type IdFilter, idQuery, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { checkoutSessionOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many checkout sessions, newest first. Needs nothing; optionally a status (open, complete, expired), a customer ID, a payment intent ID, a payment link ID or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many checkout sessions',
};

const properties: INodeProperties[] = [
	filtersProperty([
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib' },
		{ displayName: 'Payment Intent ID', name: 'paymentIntent', type: 'string', default: '', placeholder: 'e.g. pi_3MtwBwLkdIwHu7ix28a3tqPa' },
		{ displayName: 'Payment Link ID', name: 'paymentLink', type: 'string', default: '', placeholder: 'e.g. plink_1MoC3ULkdIwHu7ixZjtGpVl2' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Complete', value: 'complete' },
				{ name: 'Expired', value: 'expired' },
				{ name: 'Open', value: 'open' },
			],
			default: 'complete',
		},
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['checkoutSession'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

const ID_FILTERS: IdFilter[] = [
	['customer', 'customer', 'Customer ID'],
	['paymentIntent', 'payment_intent', 'Payment Intent ID'],
	['paymentLink', 'payment_link', 'Payment Link ID'],
];

export function prepare(item: ItemParameters): PagedCall {
	const { filters, qs } = filterQuery(item);
	if (filters.status) qs.status = String(filters.status);
	Object.assign(qs, idQuery(item, filters, ID_FILTERS));
	return prepareGetAll({ collection: '/v1/checkout/sessions', output: checkoutSessionOutput }, item, qs);
}
