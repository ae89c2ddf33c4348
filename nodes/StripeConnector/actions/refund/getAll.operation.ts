import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { refundOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description: 'Get many refunds, newest first. Needs nothing; optionally a charge ID, a payment intent ID or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many refunds',
};

const properties: INodeProperties[] = [
	filtersProperty([
		{ displayName: 'Charge ID', name: 'charge', type: 'string', default: '', placeholder: 'e.g. ch_3MmlLrLkdIwHu7ix0snN0B15', description: 'Only refunds of this charge' },
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Payment Intent ID', name: 'paymentIntent', type: 'string', default: '', placeholder: 'e.g. pi_3MtwBwLkdIwHu7ix28a3tqPa', description: 'Only refunds of this payment intent' },
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['refund'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { qs } = filterQuery(item, [
		['charge', 'charge', 'Charge ID'],
		['paymentIntent', 'payment_intent', 'Payment Intent ID'],
	]);
	return prepareGetAll({ collection: '/v1/refunds', output: refundOutput }, item, qs);
}
