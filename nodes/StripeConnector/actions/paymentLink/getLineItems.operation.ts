import { updateDisplayOptions } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { locatorId } from '../../helpers/fields';
import { lineItemOutput } from '../lineItems';
import { prepareGetAll, readManyProperties } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { paymentLinkIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Line Items',
	value: 'getLineItems',
	description: 'Get what a payment link sells: its line items (price, product, quantity, amount). Needs the payment link ID (plink_…).',
	action: 'Get the line items of a payment link',
};

export const description = updateDisplayOptions({ show: { resource: ['paymentLink'], operation: ['getLineItems'] } }, [paymentLinkIdField, ...readManyProperties]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	const id = locatorId(item.ctx.getNode(), item.itemIndex, 'Payment Link ID', item.ctx.getNodeParameter('paymentLinkId', item.itemIndex));
	return prepareGetAll({ collection: `${resourcePath('/v1/payment_links', id)}/line_items` as `/v1/${string}`, output: lineItemOutput }, item, {});
}
