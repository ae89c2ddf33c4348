import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { invoiceLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get an invoice by ID (in_…): status, amounts due and paid, lines, and once finalized its hosted page URL and PDF link. Needs the invoice ID.',
	action: 'Get an invoice by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['get'] } }, [invoiceLocator]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/invoices', idParameter: 'invoiceId', label: 'Invoice', output: invoiceOutput }, item);
}
