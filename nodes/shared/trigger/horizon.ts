import { isoDate } from '../mappers/values';
import { EVENT_RETENTION_DAYS } from './eventsSource';

/**
 * What a trigger logs when its place among Stripe's events is older than Stripe keeps them (it
 * was off, or n8n was down, for more than 30 days; or "Start From" is older): events of that gap
 * are gone, and the walk goes on from the oldest event Stripe still has.
 */
export function horizonMessage(trigger: string, since: number, firstEmitted: number | undefined): string {
	const until = firstEmitted === undefined ? 'the oldest event Stripe still has' : isoDate(firstEmitted);
	return (
		`${trigger}: this trigger's place among Stripe's events (${isoDate(since)}) is older than the ${EVENT_RETENTION_DAYS} days Stripe keeps events. ` +
		`Events between then and ${until} are gone from Stripe and cannot be emitted; the trigger goes on from the oldest event Stripe still has.`
	);
}

/** A start date (the polling trigger's "Start From") older than Stripe keeps events, by the local clock. */
export function beforeHorizon(second: number, nowMs: number): boolean {
	return second > 0 && second < Math.floor(nowMs / 1000) - EVENT_RETENTION_DAYS * 86400;
}
