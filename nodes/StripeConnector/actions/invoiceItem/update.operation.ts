import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { MAX_AMOUNT } from '../../../shared/helpers/money';
import { locatorId } from '../../helpers/fields';
import type { ItemValues } from '../../helpers/values';
import { metadataField } from '../common.description';
import { invoiceItemLocator } from '../locators';
import { explainStateRule } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { descriptionField, itemOptionsBody, type InvoiceItemUpdateBody } from './fields';
import { invoiceItemOutput } from './output';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description:
		"Update a pending invoice item or one on a draft invoice: amount, price, quantity, description, metadata. Needs the invoice item ID (ii_…). Items of a finalized invoice cannot change.",
	action: 'Update an invoice item by ID',
};

const updateOptions = [
	{ displayName: 'Amount', name: 'amount', type: 'number' as const, default: 0, placeholder: 'e.g. 2500', description: "The new amount in the item's currency's smallest unit (cents)" },
	descriptionField,
	metadataField,
	{ displayName: 'Price ID', name: 'price', type: 'string' as const, default: '', placeholder: 'e.g. price_1MoBy5LkdIwHu7ixZhnattbh', description: "A one-off price in the item's currency to bill instead" },
	{ displayName: 'Quantity', name: 'quantity', type: 'number' as const, typeOptions: { minValue: 1 }, default: 1, description: 'The new number of units of the price' },
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['update'] } }, [invoiceItemLocator, updateFieldsProperty(updateOptions)]);

export const effect: Effect = 'update';

function updateBody(values: ItemValues, fields: IDataObject): InvoiceItemUpdateBody {
	const body: InvoiceItemUpdateBody = itemOptionsBody(values, fields);
	if ('amount' in fields) body.amount = values.amount('Amount', fields.amount, undefined, -MAX_AMOUNT);
	if ('price' in fields) body.pricing = { price: values.id('Price ID', fields.price) };
	if ('quantity' in fields) body.quantity = values.integer('Quantity', fields.quantity, 1, 999_999);
	if (body.amount !== undefined && (body.pricing || body.quantity !== undefined)) throw values.fail('Amount', 'goes with neither Price ID nor Quantity: an item is billed by an amount or by a price times a quantity');
	return body;
}

export function prepare(item: ItemParameters): SingleCall {
	const call = prepareUpdate(
		{ collection: '/v1/invoiceitems', idParameter: 'invoiceItemId', label: 'Invoice Item', body: (_node, _index, fields, values) => updateBody(values, fields), output: invoiceItemOutput },
		item,
	);
	const id = locatorId(item.ctx.getNode(), item.itemIndex, 'Invoice Item', item.ctx.getNodeParameter('invoiceItemId', item.itemIndex));
	return { ...call, explain: explainStateRule(item.itemIndex, 'Invoice Item', id, 'only a pending item or one on a draft invoice can change') };
}
