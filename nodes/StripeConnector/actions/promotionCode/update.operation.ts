import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemValues } from '../../helpers/values';
import { metadataField } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { activeAndMetadata, prepareUpdate, updateFieldsProperty } from '../updateObject';
import { promotionCodeIdField } from './fields';
import { promotionCodeOutput } from './output';

/** POST /v1/promotion_codes/{id} (Stripe.PromotionCodeUpdateParams). */
export type PromotionCodeUpdateBody = { active?: boolean; metadata?: Record<string, string> };

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: 'Turn a promotion code off (or on again) or change its metadata. Needs the promotion code ID (promo_…).',
	action: 'Update a promotion code by ID',
};

const options: INodeProperties[] = [
	{ displayName: 'Active', name: 'active', type: 'boolean', default: false, description: 'Whether the code can be redeemed; off stops it' },
	metadataField,
];

export const description = updateDisplayOptions({ show: { resource: ['promotionCode'], operation: ['update'] } }, [promotionCodeIdField, updateFieldsProperty(options)]);

export const effect: Effect = 'update';

export function promotionCodeUpdateBody(values: ItemValues, fields: IDataObject): PromotionCodeUpdateBody {
	return activeAndMetadata(values, fields);
}

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{
			collection: '/v1/promotion_codes',
			idParameter: 'promotionCodeId',
			label: 'Promotion Code ID',
			body: (_node, _index, fields, values) => promotionCodeUpdateBody(values, fields),
			output: promotionCodeOutput,
		},
		item,
	);
}
