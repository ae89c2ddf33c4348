import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceLocator } from '../locators';
import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Finalize',
	value: 'finalize',
	description:
		'Finalize a draft invoice: it becomes open, gets its number, hosted page URL (hosted_invoice_url) and PDF (invoice_pdf), and can no longer change. An invoice with nothing due is paid at once. Needs the invoice ID (in_…).',
	action: 'Finalize an invoice',
};

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['finalize'] } }, [invoiceLocator]);

export const effect: Effect = 'transition';

export function prepare(item: ItemParameters): SingleCall {
	return prepareStateChange(
		{ collection: '/v1/invoices', action: 'finalize', idParameter: 'invoiceId', label: 'Invoice', rule: 'only a draft invoice can be finalized', output: invoiceOutput },
		item,
	);
}
