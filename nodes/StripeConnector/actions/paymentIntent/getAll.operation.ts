import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { paymentIntentOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description: 'Get many payment intents, newest first. Needs nothing; optionally a customer ID or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many payment intents',
};

const properties: INodeProperties[] = [
	filtersProperty([
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib', description: 'Only payment intents of this customer' },
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['paymentIntent'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { qs } = filterQuery(item, [['customer', 'customer', 'Customer ID']]);
	return prepareGetAll({ collection: '/v1/payment_intents', output: paymentIntentOutput }, item, qs);
}
