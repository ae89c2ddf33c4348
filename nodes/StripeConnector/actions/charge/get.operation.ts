import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { chargeLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { chargeOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a charge by ID (ch_…): amount, amount refunded, status, customer, payment intent, receipt email. Needs the charge ID.',
	action: 'Get a charge by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['charge'], operation: ['get'] } }, [chargeLocator]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/charges', idParameter: 'chargeId', label: 'Charge', output: chargeOutput }, item);
}
