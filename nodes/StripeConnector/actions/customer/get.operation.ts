import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { locatorId } from '../../helpers/fields';
import type { OperationContext } from '../types';
import { customerOutput } from './output';

export const description: INodeProperties[] = [];

export async function execute({ ctx, client, itemIndex, simplify }: OperationContext): Promise<IDataObject> {
	const id = locatorId(ctx.getNode(), itemIndex, 'Customer', ctx.getNodeParameter('customerId', itemIndex));
	const customer = await client.request<IDataObject>({ method: 'GET', path: resourcePath('/v1/customers', id), itemIndex });
	return customerOutput(customer, simplify);
}
