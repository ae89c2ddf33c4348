import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemValues } from '../../helpers/values';
import { metadataField } from '../common.description';

export type CollectionMethod = 'charge_automatically' | 'send_invoice';

/** POST /v1/invoices (Stripe.InvoiceCreateParams). */
export type InvoiceCreateBody = {
	customer: string;
	collection_method: CollectionMethod;
	days_until_due?: number;
	auto_advance?: boolean;
	currency?: string;
	description?: string;
	footer?: string;
	pending_invoice_items_behavior?: 'exclude' | 'include';
	metadata?: Record<string, string>;
};

/** Stripe's longest payment term for an invoice sent to the customer. */
const MAX_DAYS_UNTIL_DUE = 365 * 5;

export const collectionFields: INodeProperties[] = [
	{
		displayName: 'Collection Method',
		name: 'collectionMethod',
		type: 'options',
		options: [
			{
				name: 'Charge Automatically',
				value: 'charge_automatically',
				description: "Stripe charges the customer's default payment method when the invoice is finalized and advanced",
			},
			{ name: 'Send Invoice', value: 'send_invoice', description: 'Stripe emails the invoice; the customer pays on its hosted page by the due date' },
		],
		default: 'charge_automatically',
	},
	{
		displayName: 'Days Until Due',
		name: 'daysUntilDue',
		type: 'number',
		typeOptions: { minValue: 0 },
		required: true,
		default: 30,
		description: 'Days the customer has to pay, counted from finalization',
		displayOptions: { show: { collectionMethod: ['send_invoice'] } },
	},
];

export const createOptions: INodeProperties[] = [
	{
		displayName: 'Auto Advance',
		name: 'autoAdvance',
		type: 'boolean',
		default: false,
		description:
			'Whether Stripe moves the invoice on by itself: finalizes the draft in about an hour, then charges or emails it. Off: nothing happens until you finalize, send or pay it.',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		placeholder: 'e.g. eur',
		description: "Three-letter ISO currency code of the invoice; every line must be in it. Default: the customer's currency, else your account's.",
	},
	{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Services for March', description: 'A memo shown on the invoice' },
	{ displayName: 'Footer', name: 'footer', type: 'string', default: '', placeholder: 'e.g. Thank you for your business', description: 'Text at the bottom of the invoice' },
	{
		displayName: 'Include Pending Items',
		name: 'includePendingItems',
		type: 'boolean',
		default: false,
		description: "Whether the customer's pending invoice items (created without an invoice) become lines of this invoice",
	},
	metadataField,
];

/** Collection method, days until due and the optional fields as Stripe's parameters, checked. */
export function invoiceCreateBody(values: ItemValues, customer: string, params: IDataObject, fields: IDataObject): InvoiceCreateBody {
	const method = values.oneOf<CollectionMethod>('Collection Method', params.collectionMethod ?? 'charge_automatically', ['charge_automatically', 'send_invoice']);
	const body: InvoiceCreateBody = { customer, collection_method: method };
	if (method === 'send_invoice') body.days_until_due = values.integer('Days Until Due', params.daysUntilDue ?? 30, 0, MAX_DAYS_UNTIL_DUE);
	if (typeof fields.autoAdvance === 'boolean') body.auto_advance = fields.autoAdvance;
	if (fields.currency) body.currency = values.currency('Currency', fields.currency);
	if (fields.description) body.description = String(fields.description);
	if (fields.footer) body.footer = String(fields.footer);
	if (fields.includePendingItems === true) body.pending_invoice_items_behavior = 'include';
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}
