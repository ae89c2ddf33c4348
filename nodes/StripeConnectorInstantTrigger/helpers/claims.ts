import { createHash, randomBytes } from 'crypto';

import type { StripeClient } from '../../shared/transport/client';
import { resourcePath } from '../../shared/transport/pathId';
import { stripeDetailsOf } from '../../shared/transport/stripeError';

export type ClaimOutcome = 'ours' | 'theirs';

/** Random per n8n process (per load of this module): what tells this process's claims from another's. */
const PROCESS_SECRET = randomBytes(32).toString('hex');

const hash = (parts: Array<string | number>) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 48);

/**
 * Claims the transition n → n+1 of a trigger's cursor through Stripe's idempotency layer, the
 * one store that every n8n process (main, webhook processes, another main) shares and that
 * answers atomically: one claim per walk, whatever the walk emits.
 *
 * The request is a harmless update of the trigger's own webhook endpoint (metadata `n8n_claim`)
 * with an Idempotency-Key derived from workflow, node, generation and n, and a token derived
 * from this process's secret, the lane and n. Stripe keeps the first result of a key for 24 hours
 * and refuses the key with other parameters (`idempotency_error`). So:
 * - 2xx → ours: this process's walk is the one that moves the cursor past transition n;
 * - a replayed answer (Idempotent-Replayed: true), whatever its status, a stored 5xx included →
 *   ours: the key holds our own parameters, sent by an earlier walk of this process whose answer
 *   was lost, failed, or came after its time budget — that walk emitted nothing;
 * - 400 idempotency_error → theirs: another process holds transition n (also after the 409
 *   Stripe answers while the first request still runs; the transport retries that).
 * Any other failure is thrown: the walk emits nothing and Stripe is asked to deliver again.
 */
export async function claimTransition(client: StripeClient, endpointId: string, key: string, token: string): Promise<ClaimOutcome> {
	const request = client.request({
		method: 'POST',
		path: resourcePath('/v1/webhook_endpoints', endpointId),
		body: { metadata: { n8n_claim: token } },
		idempotencyKey: key,
	});
	return await request.then(
		() => 'ours' as const,
		(error: unknown) => {
			const details = stripeDetailsOf(error);
			if (details?.replayed) return 'ours' as const;
			if (details?.type === 'idempotency_error' && details.status === 400) return 'theirs' as const;
			// A NodeApiError from the transport (Stripe's fields, never the key).
			return Promise.reject(error);
		},
	);
}

/** The same for every process: one key per transition of one trigger's cursor. */
export function claimKey(scope: string, generation: string, n: number): string {
	return `n8n-stripe-claim-${hash([scope, generation, n])}`;
}

/** The same for every walk of this process over transition n, and different in any other process. */
export function claimToken(laneKey: string, generation: string, n: number): string {
	return hash([PROCESS_SECRET, laneKey, generation, n]);
}
