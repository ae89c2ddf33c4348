import type { IDataObject } from 'n8n-workflow';

import { mapConcurrent } from '../helpers/mapConcurrent';
import type { StripeClient } from '../transport/client';
import { resourcePath } from '../transport/pathId';
import { stripeDetailsOf } from '../transport/stripeError';

/**
 * Where an event's object is read fresh ("Fetch Current Object"), by the object's `object` value.
 * Only objects with a plain `GET <path>/{id}`; others keep the event's copy, and the item says so.
 */
const RETRIEVE_PATHS: Record<string, string> = {
	account: '/v1/accounts',
	application_fee: '/v1/application_fees',
	charge: '/v1/charges',
	'checkout.session': '/v1/checkout/sessions',
	coupon: '/v1/coupons',
	credit_note: '/v1/credit_notes',
	customer: '/v1/customers',
	dispute: '/v1/disputes',
	invoice: '/v1/invoices',
	invoiceitem: '/v1/invoiceitems',
	invoice_payment: '/v1/invoice_payments',
	mandate: '/v1/mandates',
	payment_intent: '/v1/payment_intents',
	payment_link: '/v1/payment_links',
	payment_method: '/v1/payment_methods',
	payout: '/v1/payouts',
	plan: '/v1/plans',
	price: '/v1/prices',
	product: '/v1/products',
	promotion_code: '/v1/promotion_codes',
	quote: '/v1/quotes',
	refund: '/v1/refunds',
	review: '/v1/reviews',
	setup_intent: '/v1/setup_intents',
	subscription: '/v1/subscriptions',
	subscription_schedule: '/v1/subscription_schedules',
	tax_rate: '/v1/tax_rates',
	topup: '/v1/topups',
	transfer: '/v1/transfers',
};

/** Reads in flight at once: the transport paces them against Stripe's limits. */
const CONCURRENCY = 5;

/**
 * The events with `data.object` read fresh in the pinned API version (one GET per event), and
 * `objectSource` saying where it comes from: `current`, or `event` with `objectSourceNote` (the
 * object was deleted, cannot be read by id, or the read failed). Never throws: an event is never
 * held back because its object cannot be read.
 */
export async function withCurrentObjects(client: StripeClient, events: IDataObject[]): Promise<IDataObject[]> {
	const out = await mapConcurrent(events, CONCURRENCY, async (event) => await withCurrentObject(client, event));
	return out.map((event, index) => event ?? events[index]);
}

async function withCurrentObject(client: StripeClient, event: IDataObject): Promise<IDataObject> {
	const data = (event.data ?? {}) as IDataObject;
	const recorded = (data.object ?? {}) as IDataObject;
	const kept = (note: string): IDataObject => ({ ...event, objectSource: 'event', objectSourceNote: note });
	const path = RETRIEVE_PATHS[String(recorded.object)];
	if (!path || typeof recorded.id !== 'string') {
		return kept(`Stripe objects of type "${String(recorded.object)}" are not read by id here: the object is as the event recorded it (API version ${String(event.api_version)})`);
	}
	try {
		const current = await client.request<IDataObject>({ method: 'GET', path: resourcePath(path, recorded.id) });
		if (current.deleted === true) return kept('The object was deleted in Stripe: it is as the event recorded it');
		return { ...event, data: { ...data, object: current }, objectSource: 'current' };
	} catch (error) {
		const details = stripeDetailsOf(error);
		if (details?.status === 404) return kept('The object no longer exists in Stripe (deleted): it is as the event recorded it');
		return kept(`The object could not be read fresh (${details?.message ?? (error as Error).message}): it is as the event recorded it`);
	}
}
