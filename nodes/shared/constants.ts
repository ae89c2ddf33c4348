/** Credential type shared by both nodes. `stripeApi` belongs to n8n's built-in Stripe node. */
export const CREDENTIAL_TYPE = 'stripeConnectorApi';

export const DEFAULT_BASE_URL = 'https://api.stripe.com';

/**
 * Every request pins this Stripe-Version, and the instant trigger registers its webhook endpoints
 * with it, so that shapes never drift with the account's default version. It is the version of
 * the `stripe` devDependency (23.1.0), whose types test/types checks our requests and the
 * emulator's objects against: moving to Stripe's next line is bumping that package and this pin,
 * then fixing what the type test shows. Raw outputs (Simplify off) are objects of this version.
 * The mappers also read the acacia shapes, for a credential that overrides the version. What
 * endive moved is read from its new place (the discount's coupon, now an id, expanded in the same
 * request: transport/versionedExpand.ts); the charge's `invoice`, which basil removed, comes from
 * the InvoicePayment lookup (trigger/chargeInvoices.ts).
 */
export const PINNED_STRIPE_VERSION = '2026-10-28.endive';

/**
 * The most requests a bulk run keeps in flight unless the user sets another; the run keeps as
 * many as the observed latency needs (transport/concurrency.ts). 30 holds an endpoint's 25/s at
 * 1 s per request, with room for retries. Stripe's limits themselves are in transport/limits.ts.
 */
export const DEFAULT_CONCURRENCY = 30;
export const MAX_RETRIES = 5;
