import type { INodeProperties } from 'n8n-workflow';

import { prepareSearch, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, PagedCall } from '../types';
import { productOutput } from './output';

export const description: INodeProperties[] = [
	searchQueryProperty('product', "name~'shirt'", 'name, description, active, shippable, url, created and metadata[\'key\']'),
];

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/products', output: productOutput }, item);
}
