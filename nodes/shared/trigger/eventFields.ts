import type { INodeProperties } from 'n8n-workflow';

/**
 * The Event parameter and its Order Source, shared by both triggers: the same names and values
 * let a user swap the polling trigger for the instant one without touching the rest of the workflow.
 */
export const eventField: INodeProperties = {
	displayName: 'Event',
	name: 'event',
	type: 'options',
	required: true,
	default: 'customer',
	description: 'Which new Stripe objects start the workflow, one item per object, oldest first',
	options: [
		{
			name: 'New Charge',
			value: 'charge',
			description: 'A charge was created (a payment attempt, successful or not)',
		},
		{
			name: 'New Customer',
			value: 'customer',
			description: 'A customer was created',
		},
		{
			name: 'New Invoice Item',
			value: 'invoiceItem',
			description: 'An invoice item was created',
		},
		{
			name: 'New Order',
			value: 'order',
			description: 'An order was placed: a completed Checkout Session, or a legacy order',
		},
	],
};

export const orderSourceField: INodeProperties = {
	displayName: 'Order Source',
	name: 'orderSource',
	type: 'options',
	default: 'checkoutSessions',
	description: 'Where orders come from. Stripe retired its Orders API: today an order is a completed Checkout Session.',
	displayOptions: {
		show: {
			event: ['order'],
		},
	},
	options: [
		{
			name: 'Checkout Sessions',
			value: 'checkoutSessions',
			description: 'Completed Checkout Sessions, shown with the order fields (today\'s Stripe)',
		},
		{
			name: 'Legacy Orders API',
			value: 'legacyOrders',
			description: 'The Orders API (/v1/orders) of 2019, for old accounts that still have it',
		},
	],
};

export const EVENT_SUBTITLE =
	'={{ {"customer": "New Customer", "order": "New Order", "charge": "New Charge", "invoiceItem": "New Invoice Item"}[$parameter["event"]] }}';

export const lateCompletionWindowOption: INodeProperties = {
	displayName: 'Late Completion Window (Hours)',
	name: 'lateCompletionWindow',
	type: 'number',
	default: 24,
	typeOptions: {
		minValue: 0,
		maxValue: 24,
	},
	description:
		'How far back to look for Checkout Sessions that completed after newer ones. A session stays open at most 24 hours. 0 turns the look-back off. The trigger remembers at most 1,000 sessions in this window: when more complete within it, its oldest part is no longer looked at and a warning is logged.',
	displayOptions: {
		show: {
			'/event': ['order'],
			'/orderSource': ['checkoutSessions'],
		},
	},
};
