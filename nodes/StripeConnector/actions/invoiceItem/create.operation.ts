import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty } from '../common.description';
import { customerLocator } from '../locators';
import { explainStateRule } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { itemOptions, itemOptionsBody, pricingBody, pricingFields, type InvoiceItemCreateBody } from './fields';
import { invoiceItemOutput } from './output';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		"Create an invoice item: a charge for a customer that waits (pending) for their next invoice, or joins a draft invoice given by ID. Needs the customer ID (cus_…) and a price with a quantity or an amount with its currency; invoice, description and metadata are optional.",
	action: 'Create an invoice item',
};

const properties: INodeProperties[] = [
	customerLocator,
	...pricingFields,
	additionalFieldsProperty([
		...itemOptions,
		{
			displayName: 'Invoice ID',
			name: 'invoice',
			type: 'string',
			default: '',
			placeholder: 'e.g. in_1MtHbELkdIwHu7ixl4OzzPMv',
			description: "A draft invoice of the customer to add the item to. Not added: the item is pending and joins the customer's next invoice that includes pending items (or their subscription's next invoice).",
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const customer = values.id('Customer', ctx.getNodeParameter('customerId', itemIndex));
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: InvoiceItemCreateBody = {
		customer,
		...pricingBody(values, values.params(['billBy', 'priceId', 'quantity', 'amount', 'currency'])),
		...itemOptionsBody(values, fields),
	};
	const invoice = String(fields.invoice ?? '').trim();
	if (invoice) body.invoice = values.id('Invoice ID', invoice);
	return {
		request: { method: 'POST', path: '/v1/invoiceitems', body, itemIndex },
		output: (item) => invoiceItemOutput(item, simplify),
		explain: body.invoice ? explainStateRule(itemIndex, 'Invoice ID', body.invoice, 'items can only be added to a draft invoice') : undefined,
	};
}
