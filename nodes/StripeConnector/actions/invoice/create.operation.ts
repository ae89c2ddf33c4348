import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty } from '../common.description';
import { customerLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { collectionFields, createOptions, invoiceCreateBody } from './fields';
import { invoiceOutput } from './output';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		'Create a draft invoice for a customer. Needs the customer ID (cus_…) and the collection method: charge automatically, or send the invoice with days until due; auto advance, description, footer, pending items and metadata are optional. Add lines with Add Line, then Finalize and Send.',
	action: 'Create an invoice',
};

const properties: INodeProperties[] = [customerLocator, ...collectionFields, additionalFieldsProperty(createOptions)];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const customer = values.id('Customer', ctx.getNodeParameter('customerId', itemIndex));
	const params = values.params(['collectionMethod', 'daysUntilDue']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	return {
		request: { method: 'POST', path: '/v1/invoices', body: invoiceCreateBody(values, customer, params, fields), itemIndex },
		output: (invoice) => invoiceOutput(invoice, simplify),
	};
}
