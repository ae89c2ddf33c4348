import { NodeOperationError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import { stripeDetailsOf } from '../transport/stripeError';
import type { EventSource } from './sources';

/** What each expansion reads, in the words of Stripe's restricted-key page, and Stripe's `rak_` names for it. */
const EXPANSIONS: Record<string, { reads: string; permissions: string; resources: string[] }> = {
	'data.payment_intent.latest_charge': {
		reads: "each order's payment intent and its charge",
		permissions: 'PaymentIntents: Read and Charges: Read',
		resources: ['payment_intent', 'charge'],
	},
};

/** What a source's `attach` reads with Simplify on, by source key (New Charge: each charge's invoice). */
const ATTACHMENTS: Record<string, { reads: string; permissions: string; resources: string[] }> = {
	charge: {
		reads: "each charge's invoice (GET /v1/invoice_payments)",
		permissions: "read access to invoice payments (Stripe's 'rak_invoice_payment_read')",
		resources: ['invoice_payment'],
	},
};

/**
 * With Simplify on, a source expands related objects (a Checkout Session's payment intent and its
 * charge, for the order's `charge`, `amount_returned` and `returned` status) or reads them (a
 * charge's invoice payment, for its `invoice`). A restricted key
 * without Read on them gets Stripe's 403 naming an `rak_…_read` permission of the expanded object:
 * say which permissions the simplified output needs, and that Simplify off needs only the source's own.
 */
export function expansionRefused(node: INode, source: EventSource, simplify: boolean, error: unknown): NodeOperationError | undefined {
	const details = stripeDetailsOf(error);
	if (!simplify || details?.status !== 403) return undefined;
	const named = /'rak_([a-z_]+)_read'/.exec(details.message)?.[1];
	const candidates = [...source.expand.map((path) => EXPANSIONS[path]), source.attach ? ATTACHMENTS[source.key] : undefined];
	const expansion = candidates.find((entry) => entry && named && entry.resources.includes(named));
	if (!expansion) return undefined;
	return new NodeOperationError(node, `The restricted Stripe key may not read ${expansion.reads}`, {
		description:
			`With Simplify on, the output includes ${expansion.reads}, which needs ${expansion.permissions} on the key. ` +
			`Grant them, or turn Simplify off (the raw object needs only the key's read permission for ${source.noun}). Stripe said: ${details.message}`,
	});
}
