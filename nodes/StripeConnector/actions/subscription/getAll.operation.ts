import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FormValue } from '../../../shared/transport/formEncode';
import { ItemValues } from '../../helpers/values';
import { createdAfterFilter, createdBeforeFilter, createdQuery, filtersProperty, prepareGetAll, readManyProperties } from '../readMany';
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
			options: STATUSES.map((status) => ({ name: status.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase()), value: status })),
			default: 'active',
			description: 'Only subscriptions in this status; without it Stripe returns all but canceled ones. Ended is canceled or incomplete-expired.',
		},
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { ctx, itemIndex } = item;
	const values = new ItemValues(ctx, itemIndex);
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: Record<string, FormValue> = createdQuery(item, filters);
	if (filters.customer) qs.customer = values.id('Customer ID', filters.customer);
	if (filters.price) qs.price = values.id('Price ID', filters.price);
	if (filters.status) {
		const status = String(filters.status);
		if (!STATUSES.includes(status)) throw values.fail('Status', `"${status}" is not one of ${STATUSES.join(', ')}`);
		qs.status = status;
	}
	if (filters.collectionMethod) qs.collection_method = String(filters.collectionMethod);
	return prepareGetAll({ collection: '/v1/subscriptions', output: subscriptionOutput }, item, qs);
}
