export interface AttemptOutcome {
	/** HTTP status, or undefined when no response arrived (connection error, timeout). */
	statusCode?: number;
	/** Stripe's `Stripe-Should-Retry` header, when present. */
	shouldRetryHeader?: string;
	/** Stripe's `error.code`, when the body had one. */
	errorCode?: string;
}

export interface RetryDecision {
	retry: boolean;
	delayMs: number;
}

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8000;

/**
 * Which failures are worth another attempt, in Stripe's own order of authority:
 * `Stripe-Should-Retry` first, then connection errors, 409 (concurrent update), 429
 * (rate_limit, lock_timeout) and 5xx. Anything else is the caller's mistake and final.
 * `attempt` counts from 1 (the attempt that just failed); `random` is injectable for tests.
 */
export function decideRetry(
	outcome: AttemptOutcome,
	attempt: number,
	maxRetries: number,
	random: () => number = Math.random,
): RetryDecision {
	const no = { retry: false, delayMs: 0 };
	if (attempt > maxRetries) return no;
	if (outcome.shouldRetryHeader === 'false') return no;
	const retryable =
		outcome.shouldRetryHeader === 'true' ||
		outcome.statusCode === undefined ||
		outcome.statusCode === 409 ||
		outcome.statusCode === 429 ||
		outcome.statusCode >= 500;
	if (!retryable) return no;
	return { retry: true, delayMs: backoffDelay(attempt, outcome, random) };
}

/** Exponential backoff with "equal jitter": half fixed, half random, capped. */
export function backoffDelay(attempt: number, outcome: AttemptOutcome, random: () => number): number {
	// A lock_timeout clears faster than a rate-limit window; a rate limit needs a full second's room.
	const base = outcome.errorCode === 'rate_limit' ? BASE_DELAY_MS * 2 : BASE_DELAY_MS;
	const ceiling = Math.min(MAX_DELAY_MS, base * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
