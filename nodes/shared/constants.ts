/** Credential type shared by both nodes. `stripeApi` belongs to n8n's built-in Stripe node. */
export const CREDENTIAL_TYPE = 'stripeConnectorApi';

export const DEFAULT_BASE_URL = 'https://api.stripe.com';

/**
 * Every request pins this Stripe-Version so that response shapes never drift with the
 * account's default version. The acacia line is the last one that still carries every
 * field the connector documents (charge.invoice, invoice item plan/subscription).
 */
export const PINNED_STRIPE_VERSION = '2025-02-24.acacia';

/** Stripe's documented rate limits (requests per second), by key mode. */
export const RATE_LIMIT_LIVE = 100;
export const RATE_LIMIT_TEST = 25;

export const DEFAULT_CONCURRENCY = 10;
export const MAX_RETRIES = 5;
