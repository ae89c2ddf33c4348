import type { INodeProperties } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { locatorId } from '../../helpers/fields';
import type { Effect, ItemParameters, SingleCall } from '../types';
import { CUSTOMER_EXPAND, customerOutput } from './output';

export const description: INodeProperties[] = [];

export const effect: Effect = 'read';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const id = locatorId(ctx.getNode(), itemIndex, 'Customer', ctx.getNodeParameter('customerId', itemIndex));
	return {
		request: { method: 'GET', path: resourcePath('/v1/customers', id), qs: simplify ? { expand: CUSTOMER_EXPAND } : undefined, itemIndex },
		output: (customer) => customerOutput(customer, simplify),
	};
}
