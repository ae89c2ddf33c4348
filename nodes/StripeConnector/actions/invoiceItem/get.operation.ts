import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { invoiceItemLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { invoiceItemOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get an invoice item by ID (ii_…): amount, price, quantity, customer, and its invoice (null while pending). Needs the invoice item ID.',
	action: 'Get an invoice item by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['get'] } }, [invoiceItemLocator]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/invoiceitems', idParameter: 'invoiceItemId', label: 'Invoice Item', output: invoiceItemOutput }, item);
}
