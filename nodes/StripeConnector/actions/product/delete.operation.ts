import { updateDisplayOptions } from 'n8n-workflow';

import { prepareDelete } from '../deleteObject';
import { productLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description:
		'Delete a product permanently. Needs the product ID (prod_…). Stripe refuses when the product has prices: archive it instead (Update with Active off).',
	action: 'Delete a product by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['delete'] } }, [productLocator]);

export const effect: Effect = 'delete';

export function prepare(item: ItemParameters): SingleCall {
	return prepareDelete({ collection: '/v1/products', idParameter: 'productId', label: 'Product' }, item);
}
