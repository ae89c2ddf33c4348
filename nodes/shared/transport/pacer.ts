/**
 * Client-side pacing, per process. A request waits for a send time that is free in every lane it
 * counts against (the key's global limit, its endpoint's limit): in each lane, sends are at least
 * 1/rate apart, so the pace is smooth within the second and never more than `rate` in any
 * one-second window. Lanes are keyed by a hash of the API key, never the key. What other
 * processes on the key take is learnt from Stripe's 429s (rateBackoff.ts).
 */
export interface Lane {
	id: string;
	perSecond: number;
}

export class Pacer {
	private readonly reservedByLane = new Map<string, number[]>();

	/** Reserves a send time for one request in all `lanes` and returns how many ms to wait for it. */
	reserve(lanes: readonly Lane[], now: number): number {
		const paced = lanes.filter((lane) => lane.perSecond > 0 && Number.isFinite(lane.perSecond));
		let at = now;
		for (let moved = true; moved; ) {
			moved = false;
			for (const lane of paced) {
				const free = earliestFree(this.reserved(lane.id, 1000 / lane.perSecond, now), 1000 / lane.perSecond, at);
				if (free > at) {
					at = free;
					moved = true;
				}
			}
		}
		for (const lane of paced) insertSorted(this.reserved(lane.id, 1000 / lane.perSecond, now), at);
		return at - now;
	}

	/** Gives back a slot reserved at `at` that will not be used. */
	release(lanes: readonly Lane[], at: number): void {
		for (const lane of lanes) {
			const slots = this.reservedByLane.get(lane.id);
			const index = slots?.indexOf(at) ?? -1;
			if (index >= 0) slots?.splice(index, 1);
		}
	}

	/**
	 * Gives back every slot of the lane reserved later than `now`: the requests holding them were
	 * planned at a rate that no longer holds and pace again when they wake (flowControl.ts). Each
	 * would otherwise pace behind the others' stale slots, and the lane would send nothing for as
	 * long as those reach ahead.
	 */
	releaseAfter(lane: Lane, now: number): void {
		const slots = this.reservedByLane.get(lane.id);
		if (!slots) return;
		let keep = slots.length;
		while (keep > 0 && slots[keep - 1] > now) keep--;
		slots.length = keep;
	}

	/** For tests: forget all reservations. */
	clear(): void {
		this.reservedByLane.clear();
	}

	/** The lane's reserved send times that still matter at `now` (later than now − interval), sorted. */
	private reserved(laneId: string, intervalMs: number, now: number): number[] {
		const slots = this.reservedByLane.get(laneId) ?? [];
		let stale = 0;
		while (stale < slots.length && slots[stale] <= now - intervalMs) stale++;
		if (stale > 0) slots.splice(0, stale);
		this.reservedByLane.set(laneId, slots);
		return slots;
	}
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
