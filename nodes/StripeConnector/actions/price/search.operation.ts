import { updateDisplayOptions } from 'n8n-workflow';

import { prepareSearch, readManyProperties, searchQueryProperty } from '../readMany';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { priceOutput } from './output';

export const option: OperationOption = {
	name: 'Search',
	value: 'search',
	description:
		"Find prices by product, lookup key, currency, type, active or metadata. Needs a Stripe search query such as product:'prod_123' AND active:'true'. Newly created prices can take up to a minute to appear.",
	action: 'Search prices by query',
};

export const description = updateDisplayOptions({ show: { resource: ['price'], operation: ['search'] } }, [
	searchQueryProperty("product:'prod_NWjs8kKbJWmuuc' AND active:'true'", "active, currency, lookup_key, product, type, created and metadata['key']"),
	...readManyProperties,
]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): PagedCall {
	return prepareSearch({ collection: '/v1/prices', output: priceOutput }, item);
}
