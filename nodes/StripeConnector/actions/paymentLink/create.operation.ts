import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty, metadataField } from '../common.description';
import { lineItemsProperty, lineItemsValue, type LineItemBody } from '../lineItems';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { allowPromotionCodesField } from './fields';
import { paymentLinkOutput } from './output';

/** POST /v1/payment_links (Stripe.PaymentLinkCreateParams). */
export type PaymentLinkCreateBody = {
	line_items: LineItemBody[];
	after_completion?:
		| { type: 'redirect'; redirect: { url: string } }
		| { type: 'hosted_confirmation'; hosted_confirmation?: { custom_message: string } };
	allow_promotion_codes?: boolean;
	metadata?: Record<string, string>;
};

/** Stripe's limit of line items on a payment link. */
const MAX_LINE_ITEMS = 20;

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		'Create a payment link: a shareable URL where buyers pay. Needs line items (price ID price_… and quantity, optionally adjustable by the buyer); after payment a confirmation message or a redirect URL; promotion codes and metadata are optional. Outputs the link URL.',
	action: 'Create a payment link',
};

const properties: INodeProperties[] = [
	lineItemsProperty(true),
	{
		displayName: 'After Payment',
		name: 'afterCompletion',
		type: 'options',
		options: [
			{ name: 'Show Confirmation Page', value: 'confirmation', description: "Stripe's confirmation page, with your message if given" },
			{ name: 'Redirect', value: 'redirect', description: 'Send the buyer to your URL' },
		],
		default: 'confirmation',
	},
	{
		displayName: 'Redirect URL',
		name: 'redirectUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/thanks',
		description: 'Where the buyer goes after paying. {CHECKOUT_SESSION_ID} in the URL is replaced by the session ID.',
		displayOptions: { show: { afterCompletion: ['redirect'] } },
	},
	{
		displayName: 'Confirmation Message',
		name: 'confirmationMessage',
		type: 'string',
		default: '',
		placeholder: 'e.g. Thanks! Your download link is on its way.',
		description: 'A message on the confirmation page (up to 500 characters); empty shows Stripe\'s default',
		displayOptions: { show: { afterCompletion: ['confirmation'] } },
	},
	additionalFieldsProperty([allowPromotionCodesField, metadataField]),
];

export const description = updateDisplayOptions({ show: { resource: ['paymentLink'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function paymentLinkCreateBody(values: ItemValues, params: IDataObject, fields: IDataObject): PaymentLinkCreateBody {
	const body: PaymentLinkCreateBody = { line_items: lineItemsValue(values, params.lineItems, MAX_LINE_ITEMS) };
	if (params.afterCompletion === 'redirect') {
		body.after_completion = { type: 'redirect', redirect: { url: values.url('Redirect URL', params.redirectUrl) } };
	} else {
		const message = String(params.confirmationMessage ?? '').trim();
		if (message.length > 500) throw values.fail('Confirmation Message', 'is longer than 500 characters');
		if (message) body.after_completion = { type: 'hosted_confirmation', hosted_confirmation: { custom_message: message } };
	}
	if ('allowPromotionCodes' in fields) body.allow_promotion_codes = fields.allowPromotionCodes === true;
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const params = values.params(['lineItems', 'afterCompletion', 'redirectUrl', 'confirmationMessage']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	return {
		request: { method: 'POST', path: '/v1/payment_links', body: paymentLinkCreateBody(values, params, fields), itemIndex },
		output: (link) => paymentLinkOutput(link, simplify),
	};
}
