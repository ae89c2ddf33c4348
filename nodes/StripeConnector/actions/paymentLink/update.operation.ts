import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemValues } from '../../helpers/values';
import { metadataField } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { activeAndMetadata, prepareUpdate, updateFieldsProperty } from '../updateObject';
import { allowPromotionCodesField, paymentLinkIdField } from './fields';
import { paymentLinkOutput } from './output';

/** POST /v1/payment_links/{id} (Stripe.PaymentLinkUpdateParams). */
export type PaymentLinkUpdateBody = {
	active?: boolean;
	allow_promotion_codes?: boolean;
	metadata?: Record<string, string>;
};

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description:
		'Update a payment link: deactivate it (buyers then see it is no longer available) or activate it again, allow promotion codes, change metadata. Needs the payment link ID (plink_…).',
	action: 'Update a payment link by ID',
};

const options: INodeProperties[] = [
	{ displayName: 'Active', name: 'active', type: 'boolean', default: false, description: 'Whether the link accepts payments; off deactivates it' },
	allowPromotionCodesField,
	metadataField,
];

export const description = updateDisplayOptions({ show: { resource: ['paymentLink'], operation: ['update'] } }, [paymentLinkIdField, updateFieldsProperty(options)]);

export const effect: Effect = 'update';

export function paymentLinkUpdateBody(values: ItemValues, fields: IDataObject): PaymentLinkUpdateBody {
	const body: PaymentLinkUpdateBody = activeAndMetadata(values, fields);
	if ('allowPromotionCodes' in fields) body.allow_promotion_codes = fields.allowPromotionCodes === true;
	return body;
}

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{
			collection: '/v1/payment_links',
			idParameter: 'paymentLinkId',
			label: 'Payment Link ID',
			body: (_node, _index, fields, values) => paymentLinkUpdateBody(values, fields),
			output: paymentLinkOutput,
		},
		item,
	);
}
