import { updateDisplayOptions } from 'n8n-workflow';

import { productLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { productBody, updateFields } from './fields';
import { productOutput } from './output';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description:
		'Update a product. Needs the product ID (prod_…) and the fields to change: name, active, caption, description, images, shippable, URL, metadata; a field given empty is removed.',
	action: 'Update a product by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['update'] } }, [
	productLocator,
	updateFieldsProperty(updateFields),
]);

export const effect: Effect = 'update';

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{ collection: '/v1/products', idParameter: 'productId', label: 'Product', body: productBody, output: productOutput },
		item,
	);
}
