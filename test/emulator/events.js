'use strict';
/**
 * Every event the emulator announces (creations, and the state changes of the selling area), in
 * order: one place that records them, for tests today and for a `GET /v1/events` route to read.
 * Stripe keeps events 30 days; the emulator keeps them until reset.
 */
class EventLog {
	constructor() {
		this.events = [];
	}

	record(event) {
		this.events.push(event);
	}

	/** Newest first, optionally of one type, as Stripe lists them. */
	list(type) {
		return this.events.filter((event) => type === undefined || event.type === type).reverse();
	}

	reset() {
		this.events = [];
	}
}

module.exports = { EventLog };
