import { eventItem, flatEventItem } from '../mappers/event';
import type { StripeEventType } from './eventTypes';
import type { EventSource } from './sources';

/** Stripe's most names in one `types[]` filter of GET /v1/events. */
export const MAX_TYPES_PER_REQUEST = 20;

/** How long Stripe keeps events: older ones are gone from GET /v1/events. */
export const EVENT_RETENTION_DAYS = 30;

export type ChosenEventType = '*' | StripeEventType;

/**
 * "Any Event Type(s)": the walk over GET /v1/events. Up to 20 chosen types are filtered by Stripe
 * (`types[]`); `*` reads every event; more than 20 read every event and keep the chosen ones here.
 *
 * The cursor key is the same whatever types are chosen: editing the types keeps the trigger's
 * place, so no event of a type that stays chosen is skipped, and a type added later starts from
 * that place too (not 30 days back, not from now).
 */
export function eventsSource(chosen: readonly ChosenEventType[]): EventSource {
	const all = chosen.includes('*');
	const types = [...new Set(chosen)].filter((type): type is StripeEventType => type !== '*').sort();
	const filtered = !all && types.length <= MAX_TYPES_PER_REQUEST;
	const wanted = new Set<string>(types);
	return {
		key: 'events',
		path: '/v1/events',
		filter: filtered ? { types } : {},
		expand: [],
		simplify: flatEventItem,
		raw: eventItem,
		accept: all || filtered ? undefined : (event) => wanted.has(String(event.type)),
		eventTypes: all ? ['*'] : types,
		events: true,
		noun: all ? 'events' : 'events of the chosen types',
		howToCreate: 'make a change in Stripe that causes one',
		completesLate: false,
		legacyOrders: false,
	};
}
