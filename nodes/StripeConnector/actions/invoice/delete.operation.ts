import { updateDisplayOptions } from 'n8n-workflow';

import { locatorId } from '../../helpers/fields';
import { prepareDelete } from '../deleteObject';
import { invoiceLocator } from '../locators';
import { explainStateRule } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a draft invoice; its invoice items become pending again. Needs the invoice ID (in_…). A finalized invoice cannot be deleted: void it.',
	action: 'Delete a draft invoice',
};

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['delete'] } }, [invoiceLocator]);

export const effect: Effect = 'delete';

export function prepare(item: ItemParameters): SingleCall {
	const call = prepareDelete({ collection: '/v1/invoices', idParameter: 'invoiceId', label: 'Invoice' }, item);
	const id = locatorId(item.ctx.getNode(), item.itemIndex, 'Invoice', item.ctx.getNodeParameter('invoiceId', item.itemIndex));
	return { ...call, explain: explainStateRule(item.itemIndex, 'Invoice', id, 'only a draft invoice can be deleted: void a finalized one instead') };
}
