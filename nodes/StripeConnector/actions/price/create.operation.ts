import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { locatorId } from '../../helpers/fields';
import { ItemValues } from '../../helpers/values';
import { productLocator } from '../locators';
import { additionalFieldsProperty, currencyField } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { amountFields, createOptions, priceAmountBody, priceOptionsBody, type PriceCreateBody } from './fields';
import { priceOutput } from './output';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		"Create a price for a product. Needs the product ID (prod_…) or a new product's name, a currency and a unit amount in the smallest unit (cents: 1999 is 19.99 USD); one-off or recurring (interval and count); nickname, lookup key, tax behavior and metadata are optional.",
	action: 'Create a price',
};

const properties: INodeProperties[] = [
	{
		displayName: 'Product',
		name: 'productSource',
		type: 'options',
		options: [
			{ name: 'Existing Product', value: 'existing', description: 'The price is for a product you already have' },
			{ name: 'New Product', value: 'new', description: 'Stripe creates a product with this name for the price' },
		],
		default: 'existing',
	},
	{ ...productLocator, displayOptions: { show: { productSource: ['existing'] } } },
	{
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Gold plan',
		description: 'The name of the product Stripe creates for this price',
		displayOptions: { show: { productSource: ['new'] } },
	},
	currencyField,
	...amountFields,
	additionalFieldsProperty(createOptions),
];

export const description = updateDisplayOptions({ show: { resource: ['price'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function priceCreateBody(values: ItemValues, params: IDataObject, fields: IDataObject, productId: () => string): PriceCreateBody {
	const body: PriceCreateBody = { ...priceAmountBody(values, { ...params, taxBehavior: fields.taxBehavior }), ...priceOptionsBody(values, fields) };
	if (params.productSource === 'new') body.product_data = { name: values.text('Product Name', params.productName, 250) };
	else body.product = productId();
	return body;
}

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const params = values.params(['productSource', 'productName', 'currency', 'amountType', 'unitAmount', 'unitAmountDecimal', 'billing', 'interval', 'intervalCount']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = priceCreateBody(values, params, fields, () => locatorId(ctx.getNode(), itemIndex, 'Product', ctx.getNodeParameter('productId', itemIndex)));
	return {
		request: { method: 'POST', path: '/v1/prices', body, itemIndex },
		onceKey: body.lookup_key && `price lookup key ${body.lookup_key}`,
		output: (price) => priceOutput(price, simplify),
	};
}
