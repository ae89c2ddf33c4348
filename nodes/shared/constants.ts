/** Credential type shared by both nodes. `stripeApi` belongs to n8n's built-in Stripe node. */
export const CREDENTIAL_TYPE = 'stripeConnectorApi';

export const DEFAULT_BASE_URL = 'https://api.stripe.com';

/**
 * Every request pins this Stripe-Version so that response shapes never drift with the
 * account's default version. The acacia line is the last one that still carries every
 * field the connector documents (charge.invoice, invoice item plan/subscription).
 */
export const PINNED_STRIPE_VERSION = '2025-02-24.acacia';

/**
 * The most requests a bulk run keeps in flight unless the user sets another; the run keeps as
 * many as the observed latency needs (transport/concurrency.ts). 30 holds an endpoint's 25/s at
 * 1 s per request, with room for retries. Stripe's limits themselves are in transport/limits.ts.
 */
export const DEFAULT_CONCURRENCY = 30;
export const MAX_RETRIES = 5;
