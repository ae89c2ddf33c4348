import type { IDataObject } from 'n8n-workflow';

import { isoDate, objectOf } from './values';

/**
 * The output of "Any Event Type(s)", one item per Stripe event.
 *
 * Simplify off (the default, as n8n's built-in Stripe Trigger): the whole event as Stripe sends
 * it, with `created` as an ISO 8601 date-time.
 *
 * Simplify on: one flat item, the event's fields first, then the object's own fields. The event's
 * fields are camelCase and start with `event` (`eventId`, `eventType`, …); Stripe names every
 * field in snake_case, so they can never collide with a field of the object.
 */
export function eventItem(event: IDataObject): IDataObject {
	return { ...event, created: isoDate(event.created) };
}

export function flatEventItem(event: IDataObject): IDataObject {
	const data = objectOf(event.data) ?? {};
	const request = objectOf(event.request);
	const item: IDataObject = {
		eventId: event.id ?? null,
		eventType: event.type ?? null,
		eventCreated: isoDate(event.created),
		eventLivemode: event.livemode ?? null,
		eventApiVersion: event.api_version ?? null,
		eventRequestId: request?.id ?? null,
		eventIdempotencyKey: request?.idempotency_key ?? null,
		eventPreviousAttributes: objectOf(data.previous_attributes) ?? null,
	};
	if (event.account !== undefined) item.eventAccount = event.account;
	// Set by "Fetch Current Object" (trigger/currentObject.ts): where the object's fields come from.
	if (event.objectSource !== undefined) item.eventObjectSource = event.objectSource;
	if (event.objectSourceNote !== undefined) item.eventObjectSourceNote = event.objectSourceNote;
	return { ...item, ...(objectOf(data.object) ?? {}) };
}
