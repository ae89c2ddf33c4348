/**
 * How many requests one run keeps in flight. By Little's law, holding a rate R when a request
 * takes L seconds (handshakes, round trips and Stripe's own time) needs R × L in flight: 25/s at
 * 400 ms is 10, at 1 s it is 25. L is measured on every answer (smoothed), so the run follows the
 * network it is on; a little headroom covers jitter and requests waiting out a retry.
 *
 * The start: until the first answer there is no latency to size from, so the run assumes a
 * second per request (a second of the pacer's turns), bounded by the run's maximum: that holds
 * the rate on a network up to about 250 ms round trip (3 round trips plus Stripe's time). Too
 * many costs nothing then: the pacer holds the rate, so the extra requests only wait for their
 * turn. The first answer sizes the count to the latency measured. (Sized from a guess of 500 ms,
 * a run far from Stripe left its first turns unused while it waited for its first answers.)
 *
 * A 429 (`rate_limit`, `lock_timeout`, Stripe's concurrency limiter) cuts a ceiling to ×0.75 of
 * the current limit — once per round: a 429 to a request sent before the last cut is the echo of
 * the same excess — and each good answer adds 1/ceiling back (about +1 per round of answers),
 * TCP's additive increase. The pacer cuts its rate too; this keeps fewer requests waiting on
 * Stripe while it does.
 */
const SMOOTHING = 0.2;
const UNMEASURED_LATENCY_MS = 1000;
const HEADROOM = 1.25;
const SPARE = 2;
const DECREASE = 0.75;

export class ConcurrencyController {
	private latencyMs: number | undefined;

	private ceiling = Number.POSITIVE_INFINITY;

	private lastCutAt = Number.NEGATIVE_INFINITY;

	/** In flight now for `perSecond` at the observed latency, at most `max`. */
	limit(perSecond: number, max: number): number {
		const latencySeconds = (this.latencyMs ?? UNMEASURED_LATENCY_MS) / 1000;
		const needed = Number.isFinite(perSecond) && perSecond > 0 ? Math.ceil(perSecond * latencySeconds * HEADROOM) + SPARE : max;
		return Math.max(1, Math.min(max, Math.floor(this.ceiling), needed));
	}

	/** A good answer after `latencyMs`. */
	answered(latencyMs: number): void {
		this.latencyMs = this.latencyMs === undefined ? latencyMs : this.latencyMs + SMOOTHING * (latencyMs - this.latencyMs);
		if (Number.isFinite(this.ceiling)) this.ceiling += 1 / this.ceiling;
	}

	/** Stripe answered 429 to a request sent at `sentAt` while `current` were allowed in flight. */
	tooManyRequests(sentAt: number, current: number, now: number = Date.now()): void {
		if (sentAt < this.lastCutAt) return;
		this.lastCutAt = now;
		this.ceiling = Math.max(1, Math.min(this.ceiling, current) * DECREASE);
	}

	/** The smoothed time per request, once one was measured. */
	get observedLatencyMs(): number | undefined {
		return this.latencyMs;
	}
}
