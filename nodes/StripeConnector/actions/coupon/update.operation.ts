import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemValues } from '../../helpers/values';
import { metadataField } from '../common.description';
import { couponLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { couponOutput } from './output';

/** POST /v1/coupons/{id} (Stripe.CouponUpdateParams): a coupon's discount never changes. */
export type CouponUpdateBody = { name?: string; metadata?: Record<string, string> };

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: "Update a coupon's name or metadata (its discount and duration cannot change). Needs the coupon ID.",
	action: 'Update a coupon by ID',
};

const options: INodeProperties[] = [
	metadataField,
	{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Summer sale', description: 'Shown to customers on invoices and receipts. Left empty, it is unset.' },
];

export const description = updateDisplayOptions({ show: { resource: ['coupon'], operation: ['update'] } }, [couponLocator, updateFieldsProperty(options)]);

export const effect: Effect = 'update';

export function couponUpdateBody(values: ItemValues, fields: IDataObject): CouponUpdateBody {
	const body: CouponUpdateBody = {};
	if ('name' in fields) {
		const name = String(fields.name ?? '').trim();
		if (name.length > 40) throw values.fail('Name', 'is longer than 40 characters');
		body.name = name;
	}
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{ collection: '/v1/coupons', idParameter: 'couponId', label: 'Coupon', body: (_node, _index, fields, values) => couponUpdateBody(values, fields), output: couponOutput },
		item,
	);
}
