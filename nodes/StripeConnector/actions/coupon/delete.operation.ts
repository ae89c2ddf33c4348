import { updateDisplayOptions } from 'n8n-workflow';

import { prepareDelete } from '../deleteObject';
import { couponLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	description: 'Delete a coupon so that nobody can redeem it any more; discounts already applied stay. Needs the coupon ID.',
	action: 'Delete a coupon by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['coupon'], operation: ['delete'] } }, [couponLocator]);

export const effect: Effect = 'delete';

export function prepare(item: ItemParameters): SingleCall {
	return prepareDelete({ collection: '/v1/coupons', idParameter: 'couponId', label: 'Coupon' }, item);
}
