import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty, currencyField, metadataField, minorAmountField } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { paymentIntentOutput } from './output';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		"Create a payment intent: an amount to collect from a customer. Needs an amount in the smallest unit (cents: 1999 is 19.99 USD) and a currency; optionally a customer ID, description, receipt email, capture method (manual holds the funds until Capture), metadata, and a payment method to confirm with at once (e.g. a saved card). Payment methods come from your Dashboard settings.",
	action: 'Create a payment intent',
};

const properties: INodeProperties[] = [
	minorAmountField({
		displayName: 'Amount',
		name: 'amount',
		placeholder: 'e.g. 1999',
		description: "In the currency's smallest unit (cents): 1999 is 19.99 USD; 500 is 500 JPY (zero-decimal); 1990 is 1.990 KWD (three-decimal, must end in 0)",
	}),
	currencyField,
	additionalFieldsProperty([
		{
			displayName: 'Automatic Payment Methods',
			name: 'automaticPaymentMethods',
			type: 'boolean',
			default: true,
			description: 'Whether Stripe offers the payment methods enabled in your Dashboard (the pinned API version has no list of payment method types on create)',
		},
		{
			displayName: 'Capture Method',
			name: 'captureMethod',
			type: 'options',
			options: [
				{ name: 'Automatic', value: 'automatic_async', description: 'Capture the funds when the customer authorizes the payment' },
				{ name: 'Manual', value: 'manual', description: 'Hold the funds; capture them later with Capture (within 7 days for cards)' },
			],
			default: 'automatic_async',
		},
		{
			displayName: 'Confirm Now',
			name: 'confirm',
			type: 'boolean',
			default: false,
			description: 'Whether to confirm the payment at once with the Payment Method (no customer present, so redirect-based methods are not offered)',
		},
		{ displayName: 'Customer ID', name: 'customer', type: 'string', default: '', placeholder: 'e.g. cus_NffrFeUfNV2Hib' },
		{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Order 1042' },
		metadataField,
		{
			displayName: 'Payment Method',
			name: 'paymentMethod',
			type: 'string',
			default: '',
			placeholder: 'e.g. pm_card_visa',
			description: "The payment method to confirm with: a customer's saved payment method (pm_…), or a test one such as pm_card_visa in test mode",
		},
		{ displayName: 'Receipt Email', name: 'receiptEmail', type: 'string', default: '', placeholder: 'e.g. name@email.com', description: 'Where Stripe sends the receipt once the payment succeeds' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['paymentIntent'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export type PaymentIntentCreateBody = {
	amount: number;
	currency: string;
	automatic_payment_methods?: { enabled: boolean; allow_redirects?: 'never' };
	capture_method?: 'automatic' | 'automatic_async' | 'manual';
	confirm?: boolean;
	customer?: string;
	description?: string;
	metadata?: Record<string, string>;
	payment_method?: string;
	receipt_email?: string;
};

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const params = values.params(['amount', 'currency']);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const currency = values.currency('Currency', params.currency);
	const body: PaymentIntentCreateBody = { amount: values.amount('Amount', params.amount, currency, 1), currency };
	const automatic = fields.automaticPaymentMethods !== false;
	body.automatic_payment_methods = { enabled: automatic };
	if (fields.captureMethod) body.capture_method = String(fields.captureMethod) as PaymentIntentCreateBody['capture_method'];
	if (fields.customer) body.customer = values.id('Customer ID', fields.customer);
	if (fields.description) body.description = String(fields.description);
	if (fields.receiptEmail) body.receipt_email = values.email(fields.receiptEmail, 'Receipt Email');
	if (fields.paymentMethod) body.payment_method = values.id('Payment Method', fields.paymentMethod);
	if (fields.confirm === true) {
		if (!body.payment_method) throw values.fail('Payment Method', 'is required to confirm now (e.g. a saved pm_… of the customer)');
		body.confirm = true;
		// Nobody is there to follow a redirect: confirming from a workflow offers only methods that need none.
		if (automatic) body.automatic_payment_methods.allow_redirects = 'never';
	}
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return {
		request: { method: 'POST', path: '/v1/payment_intents', body, itemIndex },
		output: (intent) => paymentIntentOutput(intent, simplify),
	};
}
