import { updateDisplayOptions } from 'n8n-workflow';

import { locatorId } from '../../helpers/fields';
import { prepareDelete } from '../deleteObject';
import { invoiceItemLocator } from '../locators';
import { explainStateRule } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a pending invoice item or one on a draft invoice (the line leaves the draft). Needs the invoice item ID (ii_…). Items of a finalized invoice cannot be deleted.',
	action: 'Delete an invoice item by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['invoiceItem'], operation: ['delete'] } }, [invoiceItemLocator]);

export const effect: Effect = 'delete';

export function prepare(item: ItemParameters): SingleCall {
	const call = prepareDelete({ collection: '/v1/invoiceitems', idParameter: 'invoiceItemId', label: 'Invoice Item' }, item);
	const id = locatorId(item.ctx.getNode(), item.itemIndex, 'Invoice Item', item.ctx.getNodeParameter('invoiceItemId', item.itemIndex));
	return { ...call, explain: explainStateRule(item.itemIndex, 'Invoice Item', id, 'only a pending item or one on a draft invoice can be deleted') };
}
