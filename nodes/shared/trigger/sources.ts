import type { IDataObject } from 'n8n-workflow';

import { simplifyCharge } from '../mappers/charge';
import { simplifyCustomer } from '../mappers/customer';
import { simplifyInvoiceItem } from '../mappers/invoiceItem';
import { orderFromCheckoutSession, simplifyLegacyOrder } from '../mappers/order';
import type { StripeClient } from '../transport/client';
import { attachChargeInvoices } from './chargeInvoices';
import { eventsSource, type ChosenEventType } from './eventsSource';
import type { StripeEventType } from './eventTypes';

export type TriggerEvent = 'customer' | 'order' | 'charge' | 'invoiceItem' | 'anyEvent';
export type OrderSource = 'checkoutSessions' | 'legacyOrders';

/** A Checkout Session can stay open at most 24 hours (`expires_at`) before it completes or expires. */
export const CHECKOUT_SESSION_MAX_OPEN_HOURS = 24;

/** A source's list filter: New Order's status (GET /v1/checkout/sessions), the chosen event types (GET /v1/events). */
export type SourceFilter = { status?: 'complete'; types?: StripeEventType[] };

/** The list request of a walk (with listPages' PageQuery and the source's filter). */
export type WalkQuery = {
	created?: { gt?: number; gte?: number; lt?: number; lte?: number };
	expand?: string[];
};

/** Where the objects of one trigger event come from and how they are shown. */
export interface EventSource {
	/** Names what the cursor tracks; a different key means "start again from now". */
	key: string;
	path: string;
	/** Query sent with every list request (the status filter of Checkout Sessions). */
	filter: SourceFilter;
	/** Expansions asked for when the output is simplified. */
	expand: string[];
	simplify: (object: IDataObject) => IDataObject;
	/** The output with Simplify off, when it is not the object itself (an event's ISO `created`). */
	raw?: (object: IDataObject) => IDataObject;
	/** Keeps only what the user chose, when the list's filter cannot say it all (more than 20 event types). */
	accept?: (object: IDataObject) => boolean;
	/** The event types chosen ("Any Event Type(s)"): what the instant trigger's endpoint subscribes to. */
	eventTypes?: ChosenEventType[];
	/** Walks Stripe's events: kept 30 days; "Fetch Current Object" applies. */
	events?: boolean;
	/** Fetches what `simplify` reads that the list no longer carries (a charge's invoice), onto the objects. */
	attach?: (client: StripeClient, objects: IDataObject[]) => Promise<void>;
	/** Plural noun for messages: "No customers found …". */
	noun: string;
	/** What the user does to get one. */
	howToCreate: string;
	/** Objects of this source can become listable after later ones (a session completes late). */
	completesLate: boolean;
	legacyOrders: boolean;
}

export function eventSource(event: TriggerEvent, orderSource: OrderSource, eventTypes: readonly ChosenEventType[] = []): EventSource {
	switch (event) {
		case 'anyEvent':
			return eventsSource(eventTypes);
		case 'customer':
			// Since clover the discount's coupon is an id unless expanded (dropped by the transport for older versions).
			return { ...plain('customer', '/v1/customers', simplifyCustomer, 'customers', 'create one'), expand: ['data.discount.source.coupon'] };
		case 'charge':
			return { ...plain('charge', '/v1/charges', simplifyCharge, 'charges', 'create one'), attach: attachChargeInvoices };
		case 'invoiceItem':
			return plain('invoiceItem', '/v1/invoiceitems', simplifyInvoiceItem, 'invoice items', 'create one');
		case 'order':
			if (orderSource === 'legacyOrders') {
				return {
					...plain('order:legacyOrders', '/v1/orders', simplifyLegacyOrder, 'orders', 'create one'),
					legacyOrders: true,
				};
			}
			return {
				key: 'order:checkoutSessions',
				path: '/v1/checkout/sessions',
				filter: { status: 'complete' },
				expand: ['data.payment_intent.latest_charge'],
				simplify: orderFromCheckoutSession,
				noun: 'completed Checkout Sessions (orders)',
				howToCreate: 'complete a checkout',
				completesLate: true,
				legacyOrders: false,
			};
		default:
			throw new Error(`Unknown event "${String(event)}"`);
	}
}

function plain(
	key: string,
	path: string,
	simplify: (object: IDataObject) => IDataObject,
	noun: string,
	howToCreate: string,
): EventSource {
	return { key, path, filter: {}, expand: [], simplify, noun, howToCreate, completesLate: false, legacyOrders: false };
}
