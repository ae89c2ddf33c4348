import { createHash } from 'crypto';

import type { StripeClient } from '../../shared/transport/client';
import { resourcePath } from '../../shared/transport/pathId';
import { stripeDetailsOf } from '../../shared/transport/stripeError';

export type ClaimOutcome = 'ours' | 'theirs';

/**
 * Claims one object for this walk through Stripe's idempotency layer, the one store that every
 * n8n process (main, webhook processes, another main) shares and that answers atomically.
 *
 * The request is a harmless update of the trigger's own webhook endpoint (metadata `n8n_claim`
 * set to this walk's token) sent with an Idempotency-Key derived from the workflow, the node and
 * the object. Stripe documents that it saves the first result of a key for 24 hours and that a
 * later request with the same key but other parameters fails with an `idempotency_error`:
 * - the first claimer executes: 2xx → ours. Our own transport retries send the same key and the
 *   same token, so a lost answer is replayed to us as ours;
 * - any other walk sends another token: 400 idempotency_error → theirs (also after the 409 Stripe
 *   answers while the first request is still executing; the transport retries that).
 * Any other failure is thrown: the caller stops there and emits nothing it has not claimed.
 */
export async function claimObject(
	client: StripeClient,
	endpointId: string,
	scope: string,
	objectId: string,
	token: string,
): Promise<ClaimOutcome> {
	const request = client.request({
		method: 'POST',
		path: resourcePath('/v1/webhook_endpoints', endpointId),
		body: { metadata: { n8n_claim: token } },
		idempotencyKey: claimKey(scope, objectId),
	});
	return await request.then(
		() => 'ours' as const,
		(error: unknown) => {
			const details = stripeDetailsOf(error);
			if (details?.type === 'idempotency_error' && details.status === 400) return 'theirs' as const;
			// A NodeApiError from the transport (Stripe's fields, never the key).
			return Promise.reject(error);
		},
	);
}

export function claimKey(scope: string, objectId: string): string {
	return `n8n-stripe-claim-${createHash('sha256').update(`${scope}\u0000${objectId}`).digest('hex').slice(0, 48)}`;
}
