import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { paymentLinkIdField } from './fields';
import { paymentLinkOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a payment link by ID (plink_…): its URL, whether it is active, what happens after payment. Needs the payment link ID.',
	action: 'Get a payment link by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['paymentLink'], operation: ['get'] } }, [paymentLinkIdField]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/payment_links', idParameter: 'paymentLinkId', label: 'Payment Link ID', output: paymentLinkOutput }, item);
}
