import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceLocator } from '../locators';
import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	description:
		'Email an open invoice to its customer with a link to pay it (Stripe sends no email in test mode). Needs the invoice ID (in_…) of a finalized invoice.',
	action: 'Send an invoice',
};

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['send'] } }, [invoiceLocator]);

export const effect: Effect = 'transition';

export function prepare(item: ItemParameters): SingleCall {
	return prepareStateChange(
		{ collection: '/v1/invoices', action: 'send', idParameter: 'invoiceId', label: 'Invoice', rule: 'only an open invoice can be sent: finalize a draft first', output: invoiceOutput },
		item,
	);
}
