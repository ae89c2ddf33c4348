import type { ChosenEventType } from '../../shared/trigger/eventsSource';
import type { EventSource } from '../../shared/trigger/sources';

/**
 * The Stripe events that announce a new object of each source. A charge is announced by the
 * event of its first state: succeeded, failed or pending (a pending charge later also sends
 * `charge.succeeded`; both ring the same doorbell and the charge is emitted once).
 */
type SeedEvent =
	| 'customer.created'
	| 'charge.failed'
	| 'charge.pending'
	| 'charge.succeeded'
	| 'invoiceitem.created'
	| 'checkout.session.completed';

/** What an endpoint subscribes to: a seed event's announcements, or the event types chosen ("Any Event Type(s)"). */
export type SubscribedEvent = SeedEvent | ChosenEventType;

const EVENTS_BY_SOURCE: Record<string, SeedEvent[]> = {
	customer: ['customer.created'],
	charge: ['charge.failed', 'charge.pending', 'charge.succeeded'],
	invoiceItem: ['invoiceitem.created'],
	'order:checkoutSessions': ['checkout.session.completed'],
};

/** The events to subscribe to, sorted; undefined when the source has no webhook event (legacy Orders). */
export function eventsFor(source: EventSource): SubscribedEvent[] | undefined {
	if (source.eventTypes) return source.eventTypes.slice().sort();
	return EVENTS_BY_SOURCE[source.key]?.slice().sort();
}

/** Whether an endpoint subscribed to `events` receives an event of `type`. */
export function subscribes(events: readonly string[], type: string): boolean {
	return events.includes('*') || events.includes(type);
}

export function sameEvents(a: readonly string[], b: readonly string[]): boolean {
	const left = [...a].sort();
	const right = [...b].sort();
	return left.length === right.length && left.every((event, index) => event === right[index]);
}
