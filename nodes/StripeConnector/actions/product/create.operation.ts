import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { priceAmountBody } from '../price/fields';
import { additionalFieldsProperty } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { createFields, productBody, requiredName, type ProductCreateBody } from './fields';
import { productOutput } from './output';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		'Create a product. Needs a name; ID, active, caption, description, images (up to 8 URLs), shippable, URL, metadata and a default price (currency, amount in the smallest unit, e.g. 1999 cents, one-off or recurring) are optional.',
	action: 'Create a product',
};

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Gold plan',
		description: 'The product\'s name, meant to be displayable to the customer',
	},
	additionalFieldsProperty(createFields),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['create'] } }, properties);

/** POST /v1/products (Stripe.ProductCreateParams); the other fields as productBody builds them. */

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const node = ctx.getNode();
	const name = requiredName(node, itemIndex, ctx.getNodeParameter('name', itemIndex, ''));
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: ProductCreateBody = { ...productBody(node, itemIndex, fields), name };
	const defaultPrice = (fields.defaultPrice as IDataObject | undefined)?.price as IDataObject | undefined;
	if (defaultPrice) body.default_price_data = priceAmountBody(new ItemValues(ctx, itemIndex), defaultPrice, 'Default Price: ');
	return {
		request: { method: 'POST', path: '/v1/products', body, itemIndex },
		onceKey: body.id && `product ${body.id}`,
		output: (product) => productOutput(product, simplify),
	};
}
