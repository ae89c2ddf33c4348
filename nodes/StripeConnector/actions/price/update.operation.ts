import { updateDisplayOptions } from 'n8n-workflow';

import { priceLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { priceOptionsBody, updateOptions } from './fields';
import { priceOutput } from './output';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description:
		"Update a price. Needs the price ID (price_…) and the fields to change: active, nickname, lookup key, metadata. A price's amount cannot change: create a new price and deactivate this one.",
	action: 'Update a price by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['price'], operation: ['update'] } }, [priceLocator, updateFieldsProperty(updateOptions)]);

export const effect: Effect = 'update';

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{ collection: '/v1/prices', idParameter: 'priceId', label: 'Price', body: (_node, _index, fields, values) => priceOptionsBody(values, fields), output: priceOutput },
		item,
	);
}
