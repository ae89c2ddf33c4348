import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { invoiceLocator } from '../locators';
import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Pay',
	value: 'pay',
	description:
		"Pay an open or uncollectible invoice now: Stripe charges the customer's default payment method, or, with Paid Out of Band, records money received outside Stripe (cash, bank transfer) without charging. A draft is finalized first. Needs the invoice ID (in_…).",
	action: 'Pay an invoice',
};

const properties: INodeProperties[] = [
	invoiceLocator,
	{
		displayName: 'Paid Out of Band',
		name: 'paidOutOfBand',
		type: 'boolean',
		default: false,
		description: 'Whether the customer paid outside Stripe: the invoice is marked paid and nobody is charged',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['pay'] } }, properties);

export const effect: Effect = 'transition';

export function prepare(item: ItemParameters): SingleCall {
	const outOfBand = item.ctx.getNodeParameter('paidOutOfBand', item.itemIndex, false) === true;
	return prepareStateChange(
		{
			collection: '/v1/invoices',
			action: 'pay',
			idParameter: 'invoiceId',
			label: 'Invoice',
			rule: 'only an open or uncollectible invoice can be paid, not a paid or void one',
			output: invoiceOutput,
		},
		item,
		outOfBand ? { paid_out_of_band: true } : {},
	);
}
