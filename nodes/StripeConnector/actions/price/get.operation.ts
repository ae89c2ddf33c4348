import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { priceLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { priceOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a price by ID (price_…): amount, currency, interval, product. Needs the price ID.',
	action: 'Get a price by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['price'], operation: ['get'] } }, [priceLocator]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/prices', idParameter: 'priceId', label: 'Price', output: priceOutput }, item);
}
