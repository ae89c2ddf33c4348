import type { IDataObject } from 'n8n-workflow';

import { idOf, isoDate, objectOf, stringOrNull } from './values';

/** A meter event as recorded: which meter, whose usage, how much, when, and the identifier Stripe deduplicates on. */
export function simplifyMeterEvent(event: IDataObject, keys: { customer: string; value: string } = { customer: 'stripe_customer_id', value: 'value' }): IDataObject {
	const payload = objectOf(event.payload) ?? {};
	const value = Number(payload[keys.value]);
	return {
		event_name: stringOrNull(event.event_name),
		identifier: stringOrNull(event.identifier),
		customer: stringOrNull(payload[keys.customer]),
		value: Number.isFinite(value) ? value : null,
		timestamp: isoDate(event.timestamp),
		created: isoDate(event.created),
	};
}

/** A customer portal session: the short-lived `url` to hand the customer, and where it returns. */
export function simplifyPortalSession(session: IDataObject): IDataObject {
	return {
		id: session.id,
		url: stringOrNull(session.url),
		customer: idOf(session.customer),
		return_url: stringOrNull(session.return_url),
		configuration: idOf(session.configuration),
		created: isoDate(session.created),
	};
}
