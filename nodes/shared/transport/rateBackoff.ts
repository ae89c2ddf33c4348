/**
 * Pacing cannot see other processes on the same key (n8n workers, the user's other systems), so a
 * `rate_limit` 429 lowers this process's rate for that lane: multiplicative decrease sized by the
 * evidence (as DCTCP does), additive increase.
 * - The cut: twice the share of 429s among the lane's answers of the last second, between ×0.9 (a
 *   lone 429: jitter, another system's burst) and ×0.5 (half refused: another process sends as
 *   much), and 0.1 deeper for each recent cut ("pressure", halving every 10 s), since 429s that
 *   keep coming mean a neighbour that keeps sending. For a new round the share is counted against
 *   at least a second of the lane's full rate: a process that runs at a small share has few
 *   answers, and reading its lone 429 as a large share cut it down to nothing while its neighbour
 *   probed (measured: one of two workers starved at 2–5/s until the other finished).
 * - Once per round: a 429 to a request whose slot was reserved before the last cut is the echo of
 *   the same excess. It cannot cut again, but it can deepen the round's cut to what the answers
 *   now say (counted as they are: the echoes are the evidence of this round's excess): when two
 *   processes start on one key at once, the first 429 comes when few answers are in, and the
 *   echoes that follow show the real excess (about half refused) within a round trip, so both
 *   settle near their share at once instead of in several rounds of 429s.
 * - The recovery: 1% of the rate per second, faster the longer no 429 comes (+1%/s each second),
 *   divided by the pressure and scaled by twice the distance the cut left to the full rate: a
 *   lone cut to ×0.9 is back in about 7 s; a lane cut deep (a neighbour's luck left it the
 *   smaller share, or the neighbour has just finished) climbs back fastest, so that two processes
 *   drift towards equal shares and finish together; under a busy neighbour the probing slows, so
 *   that 429s stay rare.
 * - The fair share. A round whose echoes cut the rate to ×0.7 or deeper (15% or more refused) shows
 *   a neighbour sending about as much; the share it leaves is this process's fair share. While
 *   the neighbour is heard from, a lone 429 to a process probing above its fair share takes it
 *   back to that share, not below: which process a 429 hits is chance, and each cut below the
 *   fair share made the split uneven, so that one process finished early and the other spent the
 *   tail climbing back alone (virtual time, row 4b: 73.6% of the ceiling with both starting at
 *   once). Above the fair share both climb by the same fixed step, so that they stay equal (AIMD
 *   converges only with equal additive increase). A 429 at the fair share itself says that it was
 *   too high (a third process): the cut is taken and becomes the new fair share. After
 *   `NEIGHBOUR_MEMORY_MS` without a new round the neighbour is taken to have finished: the lane
 *   climbs back as after any cut.
 * State per process and lane, like the pacer's.
 */
const STRONGEST_CUT = 0.5;
const MILDEST_CUT = 0.9;
const RECOVERY_PER_SECOND = 0.01;
const RECOVERY_ACCELERATION = 0.01;
const MIN_SHARE = 0.1;
const WINDOW_MS = 1000;

const PRESSURE_HALF_LIFE_MS = 10_000;

/** A round cut at least this deep shows a neighbour sending about as much (see "The fair share"). */
const NEIGHBOUR_CUT = 0.7;
/** How far above its fair share a lane climbs per second while a neighbour is heard from (0.2/s at 24/s). */
const FAIR_PROBE_PER_SECOND = 0.009;
/** A 429 this close to the fair share is a 429 at it. */
const AT_FAIR_SHARE = 0.03;
const NEIGHBOUR_MEMORY_MS = 4000;

interface Cut {
	/** The share right after the cut (the recovery adds to it). */
	share: number;
	/** The share before the cut, and the factor applied to it. */
	from: number;
	factor: number;
	/** When the round began: 429s to requests paced before it are its echoes. */
	at: number;
	/** When its depth last changed: a request that waited through it paces again. */
	changedAt: number;
	pressure: number;
	/** The fair share from earlier rounds, which floors this round's cut (undefined: no neighbour seen). */
	floor?: number;
	/** The fair share after this round. */
	fairShare?: number;
}

export class RateBackoff {
	private readonly cutByLane = new Map<string, Cut>();

	private readonly answersByLane = new Map<string, Array<{ at: number; refused: boolean }>>();

	/** When the lane's answers began to come without a gap of a window or more. */
	private readonly answeredSinceByLane = new Map<string, number>();

	/** The part of its rate a lane may use now (1 unless a 429 cut it recently). */
	share(laneId: string, now: number): number {
		const cut = this.cutByLane.get(laneId);
		if (!cut) return 1;
		const seconds = (now - cut.at) / 1000;
		const share = cut.fairShare === undefined ? climb(cut.share, seconds, cut.pressure) : climbBesideNeighbour(cut, seconds);
		if (share < 1) return share;
		this.cutByLane.delete(laneId);
		return 1;
	}

	/**
	 * Stripe answered a request of this lane (refused: a `rate_limit` 429) whose slot was reserved at
	 * `pacedAt`; `perSecond` is the lane's full rate.
	 */
	record(laneId: string, refused: boolean, pacedAt: number, now: number, perSecond: number): void {
		const answers = this.answersByLane.get(laneId) ?? [];
		while (answers.length && answers[0].at <= now - WINDOW_MS) answers.shift();
		if (answers.length === 0) this.answeredSinceByLane.set(laneId, now);
		answers.push({ at: now, refused });
		this.answersByLane.set(laneId, answers);
		if (!refused) return;
		const cut = this.cutByLane.get(laneId);
		const refusedCount = answers.filter((answer) => answer.refused).length;
		const refusedShare = refusedCount / Math.max(answers.length, perSecond);
		if (cut && pacedAt < cut.at) {
			const deeper = cutFactor(refusedCount / answers.length, cut.pressure);
			if (deeper < cut.factor) Object.assign(cut, { factor: deeper, ...cutTo(cut.from, deeper, cut.floor), changedAt: now });
			return;
		}
		const pressure = 1 + (cut ? cut.pressure * 0.5 ** ((now - cut.at) / PRESSURE_HALF_LIFE_MS) : 0);
		const from = this.share(laneId, now);
		const factor = cutFactor(refusedShare, pressure);
		const floor = this.cutByLane.get(laneId)?.fairShare;
		this.cutByLane.set(laneId, { ...cutTo(from, factor, floor), from, factor, at: now, changedAt: now, pressure, floor });
	}

	/** When the lane's rate was last cut (0: never), so that a request that waited through a cut paces again. */
	lastCut(laneId: string): number {
		return this.cutByLane.get(laneId)?.changedAt ?? 0;
	}

	/** For how long the lane's answers have come without a gap of a second (0: none in the last second). */
	answeredFor(laneId: string, now: number): number {
		const answers = this.answersByLane.get(laneId);
		if (!answers?.length || answers[answers.length - 1].at <= now - WINDOW_MS) return 0;
		return now - (this.answeredSinceByLane.get(laneId) ?? now);
	}

	/** For tests: forget all cuts. */
	clear(): void {
		this.cutByLane.clear();
		this.answersByLane.clear();
		this.answeredSinceByLane.clear();
	}
}

/** The share after cutting `from` by `factor`, and the fair share it leaves (see "The fair share"). */
function cutTo(from: number, factor: number, floor: number | undefined): { share: number; fairShare?: number } {
	const share = Math.max(MIN_SHARE, from * factor);
	if (floor === undefined) return { share, fairShare: factor <= NEIGHBOUR_CUT ? share : undefined };
	if (from > floor + AT_FAIR_SHARE) return { share: Math.max(floor, share), fairShare: floor };
	return { share, fairShare: share };
}

/** The recovery after a cut to `share`, `seconds` ago (see "The recovery"). */
function climb(share: number, seconds: number, pressure: number): number {
	return share + (2 * (1 - share) * (RECOVERY_PER_SECOND * seconds + RECOVERY_ACCELERATION * seconds * seconds)) / pressure;
}

/**
 * Beside a neighbour: back up to the fair share as after any cut, and above it by a fixed step;
 * once no round came for `NEIGHBOUR_MEMORY_MS`, on from there as after any cut.
 */
function climbBesideNeighbour(cut: Cut, seconds: number): number {
	const fairShare = cut.fairShare ?? 1;
	const heard = Math.min(seconds, NEIGHBOUR_MEMORY_MS / 1000);
	const besideNeighbour = Math.max(cut.share, Math.min(fairShare, climb(cut.share, heard, cut.pressure))) + FAIR_PROBE_PER_SECOND * heard;
	return climb(besideNeighbour, seconds - heard, cut.pressure);
}

/** Twice the share of 429s, between the mildest and the strongest cut, deeper under pressure. */
function cutFactor(refusedShare: number, pressure: number): number {
	return Math.max(STRONGEST_CUT, Math.min(MILDEST_CUT, 1 - 2 * refusedShare) - 0.1 * (pressure - 1));
}
