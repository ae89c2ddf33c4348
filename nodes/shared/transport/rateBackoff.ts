/**
 * Pacing cannot see other processes on the same key (n8n workers, the user's other systems), so a
 * `rate_limit` 429 lowers this process's rate for that lane: multiplicative decrease sized by the
 * evidence (as DCTCP does), additive increase.
 * - The cut: twice the share of 429s among the lane's answers of the last second, between ×0.9 (a
 *   lone 429: jitter, another system's burst) and ×0.5 (half refused: another process sends as
 *   much), and 0.1 deeper for each recent cut ("pressure", halving every 10 s), since 429s that
 *   keep coming mean a neighbour that keeps sending.
 * - Once per round: a 429 to a request whose slot was reserved before the last cut is the echo of
 *   the same excess.
 * - The recovery: 1% of the rate per second, faster the longer no 429 comes (+1%/s each second),
 *   divided by the pressure: a lone cut to ×0.9 is back in about 3 s; under a busy neighbour the
 *   probing slows, so that 429s stay rare.
 * State per process and lane, like the pacer's.
 */
const STRONGEST_CUT = 0.5;
const MILDEST_CUT = 0.9;
const RECOVERY_PER_SECOND = 0.01;
const RECOVERY_ACCELERATION = 0.01;
const MIN_SHARE = 0.1;
const WINDOW_MS = 1000;

const PRESSURE_HALF_LIFE_MS = 10_000;

interface Cut {
	share: number;
	at: number;
	pressure: number;
}

export class RateBackoff {
	private readonly cutByLane = new Map<string, Cut>();

	private readonly answersByLane = new Map<string, Array<{ at: number; refused: boolean }>>();

	/** The part of its rate a lane may use now (1 unless a 429 cut it recently). */
	share(laneId: string, now: number): number {
		const cut = this.cutByLane.get(laneId);
		if (!cut) return 1;
		const seconds = (now - cut.at) / 1000;
		const recovered = (RECOVERY_PER_SECOND * seconds + RECOVERY_ACCELERATION * seconds * seconds) / cut.pressure;
		const share = cut.share + recovered;
		if (share < 1) return share;
		this.cutByLane.delete(laneId);
		return 1;
	}

	/** Stripe answered a request of this lane (refused: a `rate_limit` 429) whose slot was reserved at `pacedAt`. */
	record(laneId: string, refused: boolean, pacedAt: number, now: number): void {
		const answers = this.answersByLane.get(laneId) ?? [];
		answers.push({ at: now, refused });
		while (answers.length && answers[0].at <= now - WINDOW_MS) answers.shift();
		this.answersByLane.set(laneId, answers);
		if (!refused) return;
		const cut = this.cutByLane.get(laneId);
		if (cut && pacedAt < cut.at) return;
		const pressure = 1 + (cut ? cut.pressure * 0.5 ** ((now - cut.at) / PRESSURE_HALF_LIFE_MS) : 0);
		const refusedShare = answers.filter((answer) => answer.refused).length / answers.length;
		const factor = Math.max(STRONGEST_CUT, Math.min(MILDEST_CUT, 1 - 2 * refusedShare) - 0.1 * (pressure - 1));
		this.cutByLane.set(laneId, { share: Math.max(MIN_SHARE, this.share(laneId, now) * factor), at: now, pressure });
	}

	/** When the lane's rate was last cut (0: never), so that a request that waited through a cut paces again. */
	lastCut(laneId: string): number {
		return this.cutByLane.get(laneId)?.at ?? 0;
	}

	/** For tests: forget all cuts. */
	clear(): void {
		this.cutByLane.clear();
		this.answersByLane.clear();
	}
}
