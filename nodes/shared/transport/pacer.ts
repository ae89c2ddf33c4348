/**
 * Client-side pacing, per process. A request waits for a send time that is free in every lane it
 * counts against (the key's global limit, its endpoint's limit): in each lane, sends are at least
 * 1/rate apart, so the pace is smooth within the second and never more than `rate` in any
 * one-second window. Lanes are keyed by a hash of the API key, never the key.
 *
 * Pacing cannot see other processes on the same key (n8n workers, the user's other systems), so
 * a `rate_limit` 429 also lowers this process's rate for that lane, AIMD-style: the lane's share
 * of its rate halves at once — only once per round: a 429 to a request whose slot was reserved
 * before the last cut is the echo of the same excess — then grows back additively, 1% of the
 * rate per second, and faster the longer no 429 comes (+1%/s each second: from ½ back to the
 * full rate in about 6 s). Two processes on one key so settle near half the limit each, probing
 * slowly enough that 429s stay rare, and one left alone regains the full rate within seconds.
 */
export interface Lane {
	id: string;
	perSecond: number;
}

const DECREASE = 0.5;
const RECOVERY_PER_SECOND = 0.01;
const RECOVERY_ACCELERATION = 0.01;
const MIN_SHARE = 0.1;

const reservedByLane = new Map<string, number[]>();
const cutByLane = new Map<string, { share: number; at: number }>();

/** Reserves a send time for one request in all `lanes` and returns how many ms to wait for it. */
export function reserveSlot(lanes: readonly Lane[], now: number = Date.now()): number {
	const paced = lanes.filter((lane) => lane.perSecond > 0 && Number.isFinite(lane.perSecond));
	let at = now;
	for (let moved = true; moved; ) {
		moved = false;
		for (const lane of paced) {
			const free = earliestFree(reserved(lane.id, 1000 / lane.perSecond, now), 1000 / lane.perSecond, at);
			if (free > at) {
				at = free;
				moved = true;
			}
		}
	}
	for (const lane of paced) insertSorted(reserved(lane.id, 1000 / lane.perSecond, now), at);
	return at - now;
}

/** Gives back a slot reserved at `at` that will not be used. */
export function releaseSlot(lanes: readonly Lane[], at: number): void {
	for (const lane of lanes) {
		const slots = reservedByLane.get(lane.id);
		const index = slots?.indexOf(at) ?? -1;
		if (index >= 0) slots?.splice(index, 1);
	}
}

/** The part of its rate a lane may use now (1 unless a 429 cut it recently). */
export function rateShare(laneId: string, now: number = Date.now()): number {
	const cut = cutByLane.get(laneId);
	if (!cut) return 1;
	const seconds = (now - cut.at) / 1000;
	const share = cut.share + RECOVERY_PER_SECOND * seconds + RECOVERY_ACCELERATION * seconds * seconds;
	if (share < 1) return share;
	cutByLane.delete(laneId);
	return 1;
}

/** Stripe answered `rate_limit` to a request of this lane whose slot was reserved at `pacedAt`. */
export function slowDown(laneId: string, pacedAt: number, now: number = Date.now()): void {
	const cut = cutByLane.get(laneId);
	if (cut && pacedAt < cut.at) return;
	cutByLane.set(laneId, { share: Math.max(MIN_SHARE, rateShare(laneId, now) * DECREASE), at: now });
}

/** When the lane's rate was last cut (0: never), so that a request that waited through a cut paces again. */
export function lastCut(laneId: string): number {
	return cutByLane.get(laneId)?.at ?? 0;
}

/** For tests: forget all reservations and cuts. */
export function resetPacer(): void {
	reservedByLane.clear();
	cutByLane.clear();
}

/** The lane's reserved send times that still matter at `now` (later than now − interval), sorted. */
function reserved(laneId: string, intervalMs: number, now: number): number[] {
	const slots = reservedByLane.get(laneId) ?? [];
	let stale = 0;
	while (stale < slots.length && slots[stale] <= now - intervalMs) stale++;
	if (stale > 0) slots.splice(0, stale);
	reservedByLane.set(laneId, slots);
	return slots;
}

/** The first time ≥ `from` that is at least `intervalMs` away from every reserved slot. */
function earliestFree(slots: readonly number[], intervalMs: number, from: number): number {
	let at = from;
	for (const slot of slots) {
		if (slot <= at - intervalMs) continue;
		if (slot >= at + intervalMs) break;
		at = slot + intervalMs;
	}
	return at;
}

function insertSorted(slots: number[], at: number): void {
	let index = slots.length;
	while (index > 0 && slots[index - 1] > at) index--;
	slots.splice(index, 0, at);
}
