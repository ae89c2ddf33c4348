import { updateDisplayOptions } from 'n8n-workflow';

import { prepareSearch, readManyProperties, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { productOutput } from './output';

export const option: OperationOption = {
	name: 'Search',
	value: 'search',
	description:
		"Find products by name, description, active, shippable, URL or metadata. Needs a Stripe search query such as name~'shirt'. Newly created products can take up to a minute to appear.",
	action: 'Search products by query',
};

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['search'] } }, [
	searchQueryProperty("name~'shirt'", 'name, description, active, shippable, url, created and metadata[\'key\']'),
	...readManyProperties,
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/products', output: productOutput }, item);
}
