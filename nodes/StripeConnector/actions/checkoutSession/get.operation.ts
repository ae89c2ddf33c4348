import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { checkoutSessionIdField } from './fields';
import { checkoutSessionOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a checkout session by ID (cs_…): status, payment status, amount, customer, URL; optionally its line items. Needs the checkout session ID.',
	action: 'Get a checkout session by ID',
};

const properties: INodeProperties[] = [
	checkoutSessionIdField,
	{ displayName: 'Include Line Items', name: 'includeLineItems', type: 'boolean', default: false, description: 'Whether to add what was bought (up to 100 line items)' },
];

export const description = updateDisplayOptions({ show: { resource: ['checkoutSession'], operation: ['get'] } }, properties);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	const withLineItems = item.ctx.getNodeParameter('includeLineItems', item.itemIndex, false) === true;
	return prepareGet(
		{ collection: '/v1/checkout/sessions', idParameter: 'checkoutSessionId', label: 'Checkout Session ID', output: checkoutSessionOutput },
		item,
		withLineItems ? { expand: ['line_items'] } : undefined,
	);
}
