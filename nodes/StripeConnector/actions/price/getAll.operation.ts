import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, idQuery, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { priceOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many prices, newest first. Needs nothing; optionally a product ID, active, type (one-off or recurring), currency, lookup keys or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many prices',
};

const properties: INodeProperties[] = [
	filtersProperty([
		{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether to return only active prices (on) or only inactive ones (off)' },
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. usd', description: 'Only prices in this currency' },
		{
			displayName: 'Lookup Keys',
			name: 'lookupKeys',
			type: 'string',
			default: '',
			placeholder: 'e.g. gold_monthly, gold_yearly',
			description: 'Only prices with one of these lookup keys (comma-separated, up to 10)',
		},
		{ displayName: 'Product ID', name: 'product', type: 'string', default: '', placeholder: 'e.g. prod_NWjs8kKbJWmuuc', description: 'Only prices of this product' },
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'One-Off', value: 'one_time' },
				{ name: 'Recurring', value: 'recurring' },
			],
			default: 'one_time',
			description: 'Only one-off or only recurring prices',
		},
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['price'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { ctx, itemIndex } = item;
	const values = new ItemValues(ctx, itemIndex);
	const { filters, qs } = filterQuery(item);
	if (typeof filters.active === 'boolean') qs.active = filters.active;
	if (filters.currency) qs.currency = values.currency('Currency', filters.currency);
	Object.assign(qs, idQuery(item, filters, [['product', 'product', 'Product ID']]));
	if (filters.type) qs.type = String(filters.type);
	const lookupKeys = listValue(filters.lookupKeys);
	if (lookupKeys.length > 10) throw values.fail('Lookup Keys', `has ${lookupKeys.length} keys; Stripe takes at most 10`);
	if (lookupKeys.length) qs.lookup_keys = lookupKeys;
	return prepareGetAll({ collection: '/v1/prices', output: priceOutput }, item, qs);
}

/** A comma-separated string or an array (from an expression), trimmed, empties dropped. */
function listValue(value: unknown): string[] {
	const list = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	return list.map((entry) => entry.trim()).filter((entry) => entry !== '');
}
