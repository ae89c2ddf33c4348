import { updateDisplayOptions } from 'n8n-workflow';

import { prepareGet } from '../getObject';
import { couponLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { couponOutput } from './output';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	description: 'Get a coupon by ID: the discount, duration, redemptions and whether it is still valid. Needs the coupon ID.',
	action: 'Get a coupon by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['coupon'], operation: ['get'] } }, [couponLocator]);

export const effect: Effect = 'read';

export function prepare(item: ItemParameters): SingleCall {
	return prepareGet({ collection: '/v1/coupons', idParameter: 'couponId', label: 'Coupon', output: couponOutput }, item);
}
