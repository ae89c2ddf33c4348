import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { chargeOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description: 'Get many charges, newest first. Needs nothing; optionally a customer ID, a payment intent ID or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many charges',
};

const properties: INodeProperties[] = [
	filtersProperty([
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib', description: 'Only charges of this customer' },
		{ displayName: 'Payment Intent ID', name: 'paymentIntent', type: 'string', default: '', placeholder: 'e.g. pi_3MtwBwLkdIwHu7ix28a3tqPa', description: 'Only charges of this payment intent' },
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['charge'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { qs } = filterQuery(item, [
		['customer', 'customer', 'Customer ID'],
		['paymentIntent', 'payment_intent', 'Payment Intent ID'],
	]);
	return prepareGetAll({ collection: '/v1/charges', output: chargeOutput }, item, qs);
}
