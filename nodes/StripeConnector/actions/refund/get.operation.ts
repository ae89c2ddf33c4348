import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { refundIdField } from './fields';
import { refundOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a refund by ID (re_…): amount, charge, payment intent, reason, status. Needs the refund ID.',
	action: 'Get a refund by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['refund'], operation: ['get'] } }, [refundIdField]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/refunds', idParameter: 'refundId', label: 'Refund ID', output: refundOutput }, item);
}
