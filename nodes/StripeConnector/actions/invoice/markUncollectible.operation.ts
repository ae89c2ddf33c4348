import { updateDisplayOptions } from 'n8n-workflow';

import { invoiceLocator } from '../locators';
import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Mark Uncollectible',
	value: 'markUncollectible',
	description:
		'Mark an open invoice as uncollectible (bad debt): Stripe stops collecting it; it can still be paid or voided later. Needs the invoice ID (in_…).',
	action: 'Mark an invoice as uncollectible',
};

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['markUncollectible'] } }, [invoiceLocator]);

export const effect: Effect = 'transition';

export function prepare(item: ItemParameters): SingleCall {
	return prepareStateChange(
		{ collection: '/v1/invoices', action: 'mark_uncollectible', idParameter: 'invoiceId', label: 'Invoice', rule: 'only an open invoice can be marked uncollectible', output: invoiceOutput },
		item,
	);
}
