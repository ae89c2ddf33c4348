import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty } from '../common.description';
import { invoiceItemOutput } from '../invoiceItem/output';
import { itemOptions, itemOptionsBody, pricingBody, pricingFields, type InvoiceItemCreateBody } from '../invoiceItem/fields';
import { customerLocator, invoiceLocator } from '../locators';
import { explainStateRule } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Add Line',
	value: 'addLine',
	description:
		"Add a line to a draft invoice (an invoice item on that invoice). Needs the invoice ID (in_…), its customer, and a price with a quantity or an amount with its currency; description and metadata are optional. Outputs the invoice item; a finalized invoice takes no more lines.",
	action: 'Add a line to an invoice',
};

const properties: INodeProperties[] = [
	invoiceLocator,
	{ ...customerLocator, description: "The invoice's customer (Stripe bills the line to it)" },
	...pricingFields,
	additionalFieldsProperty(itemOptions),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['addLine'] } }, properties);

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const invoice = values.id('Invoice', ctx.getNodeParameter('invoiceId', itemIndex));
	const customer = values.id('Customer', ctx.getNodeParameter('customerId', itemIndex));
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: InvoiceItemCreateBody = {
		customer,
		invoice,
		...pricingBody(values, values.params(['billBy', 'priceId', 'quantity', 'amount', 'currency'])),
		...itemOptionsBody(values, fields),
	};
	return {
		request: { method: 'POST', path: '/v1/invoiceitems', body, itemIndex },
		output: (item) => invoiceItemOutput(item, simplify),
		explain: explainStateRule(itemIndex, 'Invoice', invoice, 'lines can only be added to a draft invoice'),
	};
}
