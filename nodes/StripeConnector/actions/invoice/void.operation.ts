import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceLocator } from '../locators';
import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Void',
	value: 'void',
	description:
		'Void an open or uncollectible invoice: nothing is owed any more and it can no longer be paid; the record stays. Needs the invoice ID (in_…). Delete a draft instead.',
	action: 'Void an invoice',
};

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['void'] } }, [invoiceLocator]);

export const effect: Effect = 'transition';

export function prepare(item: ItemParameters): SingleCall {
	return prepareStateChange(
		{ collection: '/v1/invoices', action: 'void', idParameter: 'invoiceId', label: 'Invoice', rule: 'only an open or uncollectible invoice can be voided: delete a draft instead', output: invoiceOutput },
		item,
	);
}
