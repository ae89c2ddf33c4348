import type { IHookFunctions, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import { StripeClient } from '../../shared/transport/client';

/**
 * The shared transport for a hook or webhook context. StripeClient's context type lists the
 * execute, poll and load-options contexts; hook and webhook contexts offer the same three things
 * it uses (getCredentials, getNode, helpers.httpRequestWithAuthentication).
 */
export async function stripeClientFor(ctx: IHookFunctions | IWebhookFunctions): Promise<StripeClient> {
	return await StripeClient.create(ctx as unknown as IPollFunctions);
}
