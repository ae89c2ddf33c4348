import type { Cursor } from '../../shared/trigger/cursor';
import type { PollResult, StripeObject } from '../../shared/trigger/walk';
import type { ClaimOutcome } from './claims';
import type { Position } from './state';

/** What a walk needs from the outside world; injected so that tests can script lists, claims and time. */
export interface TransitionPorts {
	/** What is new after `cursor`, oldest first, and the cursor after it; no page is started after `until` once something was found. */
	collect(cursor: Cursor, until: number): Promise<PollResult>;
	/** The claim of transition `n` → `n`+1 of `generation` (claims.ts). */
	claim(generation: string, n: number): Promise<ClaimOutcome>;
	now(): number;
}

export interface TransitionLimits {
	/** Epoch ms after which the walk fetches no further page. */
	collectUntil: number;
	/** Epoch ms by which Stripe must be answered: a claim won later is not used. */
	answerBy: number;
	maxItems: number;
}

export type Transition =
	/** Nothing new: no claim spent, nothing to save. */
	| { kind: 'nothing' }
	/** This walk moves the cursor: emit `objects`, save `next`. `cut`: there may be more (cap or time). */
	| { kind: 'won'; objects: StripeObject[]; next: Position; cut: boolean }
	/** Another process holds this transition: emit nothing, save nothing. */
	| { kind: 'theirs' }
	/** Stripe could not be read or claimed in time: emit nothing, save nothing, be delivered again. */
	| { kind: 'failed'; error: unknown };

/**
 * One walk from `from`: list what is new, then claim the transition once. The claim comes after
 * the list so that a walk with nothing new costs no write, and a walk costs at most one claim
 * however many objects it emits.
 */
export async function takeTransition(from: Position, ports: TransitionPorts, limits: TransitionLimits): Promise<Transition> {
	let found: PollResult;
	try {
		found = await ports.collect(from.cursor, limits.collectUntil);
	} catch (error) {
		return { kind: 'failed', error };
	}
	if (found.objects.length === 0) return { kind: 'nothing' };
	const cut = (limits.maxItems > 0 && found.objects.length >= limits.maxItems) || ports.now() >= limits.collectUntil;
	let outcome: ClaimOutcome;
	try {
		outcome = await ports.claim(from.generation, from.n);
	} catch (error) {
		return { kind: 'failed', error };
	}
	if (outcome === 'theirs') return { kind: 'theirs' };
	// Won too late to answer in time: unused, so that the next walk of this process (same token,
	// Stripe's replay) takes the transition and emits; this one never emits.
	if (ports.now() > limits.answerBy) return { kind: 'failed', error: new Error('The claim was answered after the walk\'s time budget') };
	return { kind: 'won', objects: found.objects, next: { generation: from.generation, n: from.n + 1, cursor: found.cursor }, cut };
}
