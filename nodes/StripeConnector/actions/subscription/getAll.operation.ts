import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { codeOptions } from '../../helpers/fields';
import { ItemValues } from '../../helpers/values';
import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { STATUSES } from './fields';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		"Get many subscriptions, newest first. Needs nothing; optionally a customer ID, a price ID, a status (Stripe leaves canceled ones out unless asked: use All or Canceled), collection method or a creation date range, and a limit (default 50) or Return All.",
	action: 'Get many subscriptions',
};

const properties: INodeProperties[] = [
	filtersProperty([
		{
			displayName: 'Collection Method',
			name: 'collectionMethod',
			type: 'options',
			options: [
				{ name: 'Charge Automatically', value: 'charge_automatically' },
				{ name: 'Send Invoice', value: 'send_invoice' },
			],
			default: 'charge_automatically',
		},
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib', description: 'Only subscriptions of this customer' },
		{ displayName: 'Price ID', name: 'price', type: 'string', default: '', placeholder: 'e.g. price_1MoBy5LkdIwHu7ixZhnattbh', description: 'Only subscriptions with an item of this price' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: codeOptions(STATUSES),
			default: 'active',
			description: 'Only subscriptions in this status; without it Stripe returns all but canceled ones. Ended is canceled or incomplete-expired.',
		},
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { filters, qs } = filterQuery(item, [
		['customer', 'customer', 'Customer ID'],
		['price', 'price', 'Price ID'],
	]);
	if (filters.status) qs.status = new ItemValues(item.ctx, item.itemIndex).oneOf('Status', filters.status, STATUSES);
	if (filters.collectionMethod) qs.collection_method = String(filters.collectionMethod);
	return prepareGetAll({ collection: '/v1/subscriptions', output: subscriptionOutput }, item, qs);
}
