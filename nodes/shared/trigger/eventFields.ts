import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../simplifyField';
import { EVENT_TYPE_OPTIONS } from './eventTypes';

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
	description: 'Which new Stripe objects, or which Stripe events, start the workflow, one item each, oldest first',
	options: [
		{
			name: 'Any Event Type(s)',
			value: 'anyEvent',
			description: 'Any of Stripe\'s event types (invoice.paid, customer.subscription.deleted, …), or all of them',
		},
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
	'={{ {"customer": "New Customer", "order": "New Order", "charge": "New Charge", "invoiceItem": "New Invoice Item", "anyEvent": "Events: " + [].concat($parameter["eventTypes"] || []).join(", ")}[$parameter["event"]] }}';

export const eventTypesField: INodeProperties = {
	displayName: 'Event Types',
	name: 'eventTypes',
	type: 'multiOptions',
	required: true,
	default: [],
	options: EVENT_TYPE_OPTIONS,
	description:
		'The Stripe event types that start the workflow, one item per event. Up to 20 types are filtered by Stripe; "*" or more than 20 read every event and keep the chosen ones.',
	displayOptions: {
		show: {
			event: ['anyEvent'],
		},
	},
};

/**
 * The seed events' Simplify (documented fields, on by default) is not shown for "Any Event
 * Type(s)", which has its own: off by default, the whole event, as n8n's built-in Stripe Trigger.
 * Same parameter name: n8n reads the one that is shown.
 */
export const objectSimplifyField: INodeProperties = {
	...simplifyField,
	displayOptions: {
		hide: {
			event: ['anyEvent'],
		},
	},
};

export const eventSimplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		'Whether to return one flat item per event (eventId, eventType, eventCreated, … then the object\'s own fields) instead of the whole Stripe event',
	displayOptions: {
		show: {
			event: ['anyEvent'],
		},
	},
};

export const fetchCurrentObjectOption: INodeProperties = {
	displayName: 'Fetch Current Object',
	name: 'fetchCurrentObject',
	type: 'boolean',
	default: false,
	description:
		'Whether to read each event\'s object fresh from Stripe in this node\'s API version (one more request per event). Off: the object as Stripe recorded it, in the event\'s own API version.',
	displayOptions: {
		show: {
			'/event': ['anyEvent'],
		},
	},
};

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
