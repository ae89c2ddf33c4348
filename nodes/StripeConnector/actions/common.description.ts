import type { INodeProperties } from 'n8n-workflow';

export const metadataField: INodeProperties = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Metadata',
	default: {},
	description: 'Key/value pairs stored on the Stripe object. An empty value removes that key.',
	options: [
		{
			displayName: 'Metadata',
			name: 'metadataValues',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'e.g. order_id' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 1042' },
			],
		},
	],
};

/** A required currency, checked by ItemValues.currency. */
export const currencyField: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. usd',
	description: 'Three-letter ISO currency code, e.g. usd, eur, jpy',
};

/** A required amount in the currency's smallest unit (cents), checked by ItemValues.amount. */
export function minorAmountField(field: Pick<INodeProperties, 'displayName' | 'name' | 'placeholder' | 'description' | 'displayOptions'>): INodeProperties {
	return { ...field, type: 'number', required: true, default: 0 };
}

export const optionsField: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Deduplicate Re-Runs',
			name: 'deduplicateReruns',
			type: 'boolean',
			default: true,
			description:
				'Whether a create repeated with the same input within 24 hours returns the object created the first time instead of creating another',
		},
		{
			displayName: 'Idempotency Key',
			name: 'idempotencyKey',
			type: 'string',
			default: '',
			placeholder: 'e.g. {{ $json.orderId }}',
			description:
				'Your own key for the item, e.g. an order ID: Stripe answers every request sent with the same key within 24 hours with the result of the first. Replaces the key the node derives. A key over 195 characters, or with any character outside ! to ~ (a space included), is sent hashed.',
		},
		{
			displayName: 'Max Concurrent Requests',
			name: 'maxConcurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: 30,
			description:
				'The most items sent to Stripe at once. The node keeps as many in flight as the measured time per request needs to hold the pace (fewer after Stripe answers 429).',
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'0 paces under Stripe\'s limits: 25 per second per endpoint (20 for searches) and 100 per second per live account (25 in a sandbox). Another number paces this node at that rate instead: lower it when other systems share the key, raise it only if Stripe raised your account\'s limits.',
		},
	],
};

/** The "Additional Fields" collection of a create operation. */
export function additionalFieldsProperty(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options };
}
