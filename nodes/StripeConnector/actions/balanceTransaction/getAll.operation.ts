import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { codeOptions } from '../../helpers/fields';
import { ItemValues } from '../../helpers/values';
import { createdAfterFilter, createdBeforeFilter, filterQuery, filtersProperty, type IdFilter, idQuery, prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { balanceTransactionOutput } from './output';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	description:
		'Get many balance transactions (what finance reconciles: every charge, refund, fee and payout moving the balance), newest first. Needs nothing; optionally a type, a payout ID, a source ID (a charge or refund), a currency or a creation date range, and a limit (default 50) or Return All.',
	action: 'Get many balance transactions',
};

const ID_FILTERS: IdFilter[] = [
	['payout', 'payout', 'Payout ID'],
	['source', 'source', 'Source ID'],
];

const TYPES = ['adjustment', 'application_fee', 'charge', 'payment', 'payment_refund', 'payout', 'refund', 'stripe_fee', 'transfer'];

const properties: INodeProperties[] = [
	filtersProperty([
		createdAfterFilter,
		createdBeforeFilter,
		{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. usd', description: 'Only transactions in this currency' },
		{
			displayName: 'Payout ID',
			name: 'payout',
			type: 'string',
			default: '',
			placeholder: 'e.g. po_1OaFDbEcg9tTZuTgNYmX0PKB',
			description: 'Only the transactions paid out in this automatic payout: the lines of one bank deposit',
		},
		{ displayName: 'Source ID', name: 'source', type: 'string', default: '', placeholder: 'e.g. ch_3MmlLrLkdIwHu7ix0snN0B15', description: 'Only the transactions of this charge, refund, payout or transfer' },
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: codeOptions(TYPES),
			default: 'charge',
			description: 'Only transactions of this type',
		},
	]),
	...readManyProperties,
];

export const description = updateDisplayOptions({ show: { resource: ['balanceTransaction'], operation: ['getAll'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const { filters, qs } = filterQuery(item);
	if (filters.currency) qs.currency = new ItemValues(item.ctx, item.itemIndex).currency('Currency', filters.currency);
	Object.assign(qs, idQuery(item, filters, ID_FILTERS));
	if (filters.type) qs.type = String(filters.type);
	return prepareGetAll({ collection: '/v1/balance_transactions', output: balanceTransactionOutput }, item, qs);
}
