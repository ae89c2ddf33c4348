/**
 * Client-side pacing per API key, so that bulk runs stay under Stripe's limit instead of
 * collecting 429s. Each request reserves the next free slot (1/rate seconds apart) and waits
 * for it. The state is per process: in queue mode each worker paces itself, and Stripe's own
 * 429s (retried by the transport) cover what several workers add up to.
 */
const nextSlotByKey = new Map<string, number>();

/** Reserves a slot for one request and returns how many ms to wait before sending it. */
export function reserveSlot(keyId: string, perSecond: number, now: number = Date.now()): number {
	if (!(perSecond > 0)) return 0;
	const interval = 1000 / perSecond;
	const next = nextSlotByKey.get(keyId);
	const slot = next === undefined || next < now ? now : next;
	nextSlotByKey.set(keyId, slot + interval);
	return slot - now;
}

/** For tests: forget all reservations. */
export function resetRateLimiter(): void {
	nextSlotByKey.clear();
}
