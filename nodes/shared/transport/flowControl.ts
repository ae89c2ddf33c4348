import { sleep } from 'n8n-workflow';

import { ConcurrencyController } from './concurrency';
import type { KeyMode } from './keyMode';
import { endpointLimit, GLOBAL_LIMIT, PACING_MARGIN } from './limits';
import { Pacer, type Lane } from './pacer';
import { RateBackoff } from './rateBackoff';

/**
 * Flow control for one run's requests on one key: everything between "a request is ready" and
 * "it may leave", and what its answer teaches.
 * - Before a send (`beforeSend`): wait for a turn in the key's global lane and the endpoint's lane
 *   (pacer.ts), at the part of the endpoint's rate that Stripe's 429s left us (rateBackoff.ts).
 * - After the answer (`afterAnswer`): the time it took sizes how many requests the run keeps in
 *   flight (concurrency.ts); a `rate_limit` 429 cuts the endpoint's rate (and, once the lane has
 *   settled, gives back the slots planned at the old rate: the stale-slot rule); any 429 cuts the
 *   number in flight.
 * The pacer's reservations and the backoff belong to the key, not the run: every run of this process
 * on the key shares them (`processLanes`). The in-flight count belongs to the run.
 */
export interface Clock {
	now: () => number;
	sleep: (ms: number) => Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep };

/** What the process knows about its keys' lanes: shared by every run on a key. */
export interface LaneState {
	pacer: Pacer;
	backoff: RateBackoff;
}

const processLanes: LaneState = { pacer: new Pacer(), backoff: new RateBackoff() };

/** For tests: forget every reservation and cut of this process. */
export function resetFlowControl(): void {
	processLanes.pacer.clear();
	processLanes.backoff.clear();
}

export interface FlowControlOptions {
	/** A hash of the API key: lanes are keyed by it, never by the key. */
	keyId: string;
	mode: KeyMode;
	/** The user's pace for the key, in place of Stripe's published limits (see limits.ts). */
	requestsPerSecond?: number;
	clock?: Clock;
	lanes?: LaneState;
}

interface Lanes {
	global: Lane;
	endpoint: Lane;
}

/** A request's turn: what `afterAnswer` needs to learn from its answer. */
export interface Turn {
	lanes: Lanes;
	/** When its slot was reserved. */
	pacedAt: number;
	/** When it left. */
	sentAt: number;
}

export interface Answer {
	/** Undefined when no answer came (connection error): nothing to learn. */
	statusCode?: number;
	/** Stripe's `error.code`. */
	errorCode?: string;
}

/**
 * The late-wake rule. A request woken later than this share of its lane's interval after its slot
 * (21 ms at 24/s) gives the slot back and paces again: a busy event loop that wakes several
 * requests late would otherwise send them together, and Stripe's window would count them together.
 */
const LATE_WAKE_SHARE_OF_INTERVAL = 0.5;

/**
 * The stale-slot rule. After a cut, the requests waiting for slots planned at the old rate pace
 * again; their old slots are given back at once, or each would pace behind the others' and the
 * lane would send nothing for as long as they reach ahead (in virtual time: 0.8 s after a 429
 * between two processes on one key, and the process hit fell behind the other). Not in the lane's
 * first seconds of answers: when two processes start at once, Stripe's window is full of their
 * first second until it ages out, and requests sent into it meanwhile are only refused again; the
 * pause keeps them back (sent at once, they cost a second round of 429s and a deeper cut).
 */
const SETTLED_AFTER_MS = 3000;

export class FlowControl {
	private readonly clock: Clock;

	private readonly lanes: LaneState;

	private readonly concurrency = new ConcurrencyController();

	/** The lanes of the run's latest request: the rate the in-flight count has to hold. */
	private runLanes: Lanes | undefined;

	constructor(private readonly options: FlowControlOptions) {
		this.clock = options.clock ?? systemClock;
		this.lanes = options.lanes ?? processLanes;
	}

	/** Waits for a request to `endpoint` (method + path template, limits.ts) to have its turn. */
	async beforeSend(endpoint: string): Promise<Turn> {
		const lanes = this.lanesOf(endpoint);
		this.runLanes = lanes;
		for (let first = true; ; first = false) {
			const pacedAt = this.clock.now();
			const paced = [lanes.global, this.endpointLaneNow(lanes, pacedAt)];
			const wait = this.lanes.pacer.reserve(paced, pacedAt);
			if (wait > 0) await this.clock.sleep(wait);
			const sentAt = this.clock.now();
			// A cut in the very ms of the first reservation may have given its slot back: pace again.
			const lastCut = this.lanes.backoff.lastCut(lanes.endpoint.id);
			const cutWhileWaiting = lastCut > pacedAt || (first && lastCut > 0 && lastCut === pacedAt);
			if (!cutWhileWaiting && !wokeTooLate(sentAt - (pacedAt + wait), paced)) return { lanes, pacedAt, sentAt };
			// The slot was planned at a rate that no longer holds, or would bunch with the next ones.
			this.lanes.pacer.release(paced, pacedAt + wait);
		}
	}

	/** Learns from the answer to a request sent on `turn`. */
	afterAnswer(turn: Turn, { statusCode, errorCode }: Answer): void {
		if (statusCode === undefined) return;
		const now = this.clock.now();
		// lock_timeout is contention on one object, not a rate: fewer in flight, same pace.
		const refused = statusCode === 429 && errorCode !== 'lock_timeout';
		const { endpoint } = turn.lanes;
		const cutBefore = this.lanes.backoff.lastCut(endpoint.id);
		this.lanes.backoff.record(endpoint.id, refused, turn.pacedAt, now, endpoint.perSecond);
		const cut = this.lanes.backoff.lastCut(endpoint.id) !== cutBefore;
		if (cut && this.lanes.backoff.answeredFor(endpoint.id, now) >= SETTLED_AFTER_MS) this.lanes.pacer.releaseAfter(endpoint, now);
		if (statusCode === 429) this.concurrency.tooManyRequests(turn.sentAt, this.inFlightLimit(Number.POSITIVE_INFINITY), now);
		else if (statusCode < 500) this.concurrency.answered(now - turn.sentAt);
	}

	/** How many requests the run should keep in flight now (concurrency.ts), at most `max`. */
	inFlightLimit(max: number): number {
		const lanes = this.runLanes;
		const perSecond = lanes ? Math.min(lanes.global.perSecond, this.endpointLaneNow(lanes, this.clock.now()).perSecond) : Number.POSITIVE_INFINITY;
		return this.concurrency.limit(perSecond, max);
	}

	/** The key's global lane and the endpoint's lane, at Stripe's published limits or the set rate. */
	private lanesOf(endpoint: string): Lanes {
		const { keyId, mode, requestsPerSecond } = this.options;
		const under = (limit: number) => (requestsPerSecond ?? limit) * (1 - PACING_MARGIN);
		return {
			global: { id: `${keyId} *`, perSecond: under(GLOBAL_LIMIT[mode]) },
			endpoint: { id: `${keyId} ${endpoint}`, perSecond: under(endpointLimit(endpoint)) },
		};
	}

	/** The endpoint's lane at the part of its rate the 429 backoff leaves now. */
	private endpointLaneNow(lanes: Lanes, now: number): Lane {
		return { ...lanes.endpoint, perSecond: lanes.endpoint.perSecond * this.lanes.backoff.share(lanes.endpoint.id, now) };
	}
}

function wokeTooLate(lateMs: number, lanes: readonly Lane[]): boolean {
	const shortestIntervalMs = 1000 / Math.max(...lanes.map((lane) => lane.perSecond));
	return lateMs > LATE_WAKE_SHARE_OF_INTERVAL * shortestIntervalMs;
}
