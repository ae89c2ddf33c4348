import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { idField } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { balanceTransactionOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a balance transaction by ID (txn_…): gross amount, fee, net, type, source and when it is available. Needs the balance transaction ID (a charge or refund names its own).',
	action: 'Get a balance transaction by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['balanceTransaction'], operation: ['get'] } }, [
	idField('Balance Transaction ID', 'balanceTransactionId', 'e.g. txn_1MiN3gLkdIwHu7ixxapQrznl'),
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/balance_transactions', idParameter: 'balanceTransactionId', label: 'Balance Transaction ID', output: balanceTransactionOutput }, item);
}
