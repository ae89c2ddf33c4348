import type { IDataObject } from 'n8n-workflow';

import type { Effect } from './types';

/** What became of one item; `undefined` when it was never started. */
export type ItemOutcome = { json: IDataObject[]; replayed: boolean } | { error: Error } | { notSent: true } | undefined;

interface ReportSettings {
	effect: Effect;
	deduplicateReruns: boolean;
}

const DONE: Record<Effect, string> = {
	create: 'created in Stripe',
	transition: 'applied in Stripe',
	update: 'updated in Stripe',
	delete: 'deleted in Stripe',
	read: 'read',
};

const NEXT_STEP: Record<Effect, (settings: ReportSettings) => string> = {
	create: ({ deduplicateReruns }) =>
		deduplicateReruns
			? 'Fix the cause and retry the execution: items already created are not created again (within 24 hours).'
			: 'Deduplicate Re-Runs is off: retrying the execution creates the items already created again. Fix the cause and send only the items that were not created.',
	transition: ({ deduplicateReruns }) =>
		deduplicateReruns
			? 'Fix the cause and retry the execution: items already applied are not applied again (within 24 hours); Stripe answers with the result of the first time.'
			: 'Deduplicate Re-Runs is off: retrying the execution sends the items already applied again, and Stripe refuses them. Fix the cause and send only the items that were not applied.',
	update: () => 'Fix the cause and retry the execution: updates already applied are applied again, which leaves the same values.',
	delete: () =>
		'Fix the cause and retry the execution: items already deleted then fail with "No such …" — set On Error to Continue for the retry, or remove them from the input.',
	read: () => 'Fix the cause and run it again.',
};

const items = (count: number) => `${count} item${count === 1 ? '' : 's'}`;

/**
 * The error the node fails with when an item failed for good: the first failed item's own error
 * (Stripe's message, type, code, param, request id), its description extended with what happened
 * to the other items — n8n discards the whole output of a failed node, so this is the only place
 * the user learns that some items were written.
 */
export function failureReport(outcomes: ItemOutcome[], settings: ReportSettings): Error {
	const failedAt = outcomes.findIndex((outcome) => outcome !== undefined && 'error' in outcome);
	const failure = (outcomes[failedAt] as { error: Error }).error;
	if (outcomes.length <= 1) return failure;
	let before = 0;
	let inFlight = 0;
	let otherFailures = 0;
	let notSent = 0;
	outcomes.forEach((outcome, index) => {
		if (index === failedAt) return;
		if (outcome === undefined || 'notSent' in outcome) notSent++;
		else if ('error' in outcome) otherFailures++;
		else if (index < failedAt) before++;
		else inFlight++;
	});
	const done = [before && `${items(before)} before it`, inFlight && `${inFlight} in flight`].filter(Boolean).join(' and ');
	const parts = [
		done ? `${done} ${before + inFlight === 1 ? 'was' : 'were'} ${DONE[settings.effect]}` : `No other item was ${DONE[settings.effect]}`,
		otherFailures ? `${items(otherFailures)} in flight failed too` : '',
		`${notSent} ${notSent === 1 ? 'was' : 'were'} not sent`,
	].filter(Boolean);
	const described = failure as Error & { description?: string | null };
	const facts = described.description ? ` (${described.description})` : '';
	described.description = `Item ${failedAt + 1} failed${facts}. ${parts.join('; ')}. ${NEXT_STEP[settings.effect](settings)}`;
	return failure;
}
