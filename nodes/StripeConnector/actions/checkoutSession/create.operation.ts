import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty, currencyField, metadataField } from '../common.description';
import { lineItemsProperty, lineItemsValue, type LineItemBody } from '../lineItems';
import { allowPromotionCodesField } from '../paymentLink/fields';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { checkoutSessionOutput } from './output';

export type CheckoutMode = 'payment' | 'subscription' | 'setup';

/** POST /v1/checkout/sessions (Stripe.Checkout.SessionCreateParams; endive has no payment_method_types). */
export type CheckoutSessionCreateBody = {
	mode: CheckoutMode;
	line_items?: LineItemBody[];
	currency?: string;
	success_url?: string;
	cancel_url?: string;
	customer?: string;
	customer_email?: string;
	client_reference_id?: string;
	allow_promotion_codes?: boolean;
	expires_at?: number;
	metadata?: Record<string, string>;
};

/** Stripe's limits: line items per session, and how soon and late a session may expire. */
const MAX_LINE_ITEMS = 100;
const EXPIRES = { minSeconds: 30 * 60, maxSeconds: 24 * 3600 };

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		'Create a Stripe Checkout page for one buyer. Needs a mode (payment: one-off prices; subscription: at least one recurring price; setup: saves a payment method, needs a currency), line items (price ID price_… and quantity) and a success URL; cancel URL, customer ID or customer email, promotion codes, expiry and metadata are optional. Outputs the checkout URL.',
	action: 'Create a checkout session',
};

const paymentModes = { show: { mode: ['payment', 'subscription'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Payment', value: 'payment', description: 'One-off payment for one-off prices' },
			{ name: 'Subscription', value: 'subscription', description: 'Starts a subscription; needs at least one recurring price' },
			{ name: 'Setup', value: 'setup', description: 'Saves a payment method for later, charges nothing' },
		],
		default: 'payment',
	},
	{ ...lineItemsProperty(true), displayOptions: paymentModes },
	{ ...currencyField, description: 'Three-letter ISO currency code of the payment methods to offer', displayOptions: { show: { mode: ['setup'] } } },
	{
		displayName: 'Success URL',
		name: 'successUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/thanks?session_id={CHECKOUT_SESSION_ID}',
		description: 'Where the buyer goes after paying. {CHECKOUT_SESSION_ID} in the URL is replaced by the session ID.',
	},
	additionalFieldsProperty([
		allowPromotionCodesField,
		{ displayName: 'Cancel URL', name: 'cancelUrl', type: 'string', default: '', placeholder: 'e.g. https://example.com/cart', description: 'Where the buyer goes when they leave the checkout page' },
		{ displayName: 'Client Reference ID', name: 'clientReferenceId', type: 'string', default: '', placeholder: 'e.g. order-1042', description: 'Your own ID for the session, e.g. a cart or order ID, to reconcile it later' },
		{ displayName: 'Customer Email', name: 'customerEmail', type: 'string', placeholder: 'e.g. nathan@example.com', default: '', description: 'Prefills the email of a new buyer; not with Customer ID' },
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib', description: 'An existing customer who pays; not with Customer Email' },
		{ displayName: 'Expires At', name: 'expiresAt', type: 'dateTime', default: '', description: 'When the checkout page stops working: 30 minutes to 24 hours from now (default 24 hours)' },
		metadataField,
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['checkoutSession'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function checkoutSessionCreateBody(values: ItemValues, params: IDataObject, fields: IDataObject, nowSeconds: number): CheckoutSessionCreateBody {
	const mode = String(params.mode ?? 'payment') as CheckoutMode;
	const body: CheckoutSessionCreateBody = { mode };
	if (mode === 'setup') body.currency = values.currency('Currency', params.currency);
	else body.line_items = lineItemsValue(values, params.lineItems, MAX_LINE_ITEMS);
	body.success_url = values.url('Success URL', params.successUrl);
	if (fields.cancelUrl) body.cancel_url = values.url('Cancel URL', fields.cancelUrl);
	if (fields.customer && fields.customerEmail) throw values.fail('Customer Email', 'cannot be used with "Customer ID": Stripe takes one or the other');
	if (fields.customer) body.customer = values.id('Customer ID', fields.customer);
	if (fields.customerEmail) body.customer_email = values.email(fields.customerEmail);
	if (fields.clientReferenceId) body.client_reference_id = values.text('Client Reference ID', fields.clientReferenceId, 200);
	if ('allowPromotionCodes' in fields) body.allow_promotion_codes = fields.allowPromotionCodes === true;
	if (fields.expiresAt) {
		const expiresAt = values.unixSeconds('Expires At', fields.expiresAt);
		if (expiresAt < nowSeconds + EXPIRES.minSeconds || expiresAt > nowSeconds + EXPIRES.maxSeconds) {
			throw values.fail('Expires At', 'must be between 30 minutes and 24 hours from now');
		}
		body.expires_at = expiresAt;
	}
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const params = values.params(['mode', 'lineItems', 'currency', 'successUrl']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = checkoutSessionCreateBody(values, params, fields, Math.floor(Date.now() / 1000));
	return {
		request: { method: 'POST', path: '/v1/checkout/sessions', body, itemIndex },
		output: (session) => checkoutSessionOutput(session, simplify),
	};
}
