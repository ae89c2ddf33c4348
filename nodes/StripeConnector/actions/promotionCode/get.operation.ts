import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { promotionCodeIdField } from './fields';
import { promotionCodeOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a promotion code by ID (promo_…): the code, its coupon, restrictions and redemptions. To find one by the code customers type, use Get Many with Code.',
	action: 'Get a promotion code by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['promotionCode'], operation: ['get'] } }, [promotionCodeIdField]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/promotion_codes', idParameter: 'promotionCodeId', label: 'Promotion Code ID', output: promotionCodeOutput }, item);
}
