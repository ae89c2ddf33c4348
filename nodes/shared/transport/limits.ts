import type { KeyMode } from './keyMode';

/**
 * Stripe's rate limits as docs.stripe.com/rate-limits states them (checked 2026-11), in requests
 * per second per account. Every request counts against the global limit of the key's mode and
 * against its endpoint's limit. An endpoint is one named operation: method + path template
 * (`GET /v1/customers/{id}` for every customer id). Stripe also runs a concurrency limiter,
 * which has no published number: the concurrency controller reacts to its 429s.
 */
export const GLOBAL_LIMIT: Record<KeyMode, number> = { live: 100, test: 25, unknown: 25 };

export const DEFAULT_ENDPOINT_LIMIT = 25;

/** Endpoints Stripe documents with a limit other than the default; a new one is one line. */
const ENDPOINT_LIMITS: Array<{ matches: (endpoint: string) => boolean; perSecond: number; name: string }> = [
	{ name: 'Search API', matches: (endpoint) => /^GET \/v1\/.+\/search$/.test(endpoint), perSecond: 20 },
	{ name: 'Files API', matches: (endpoint) => /^(GET|POST) \/v1\/files(\/\{id\})?$/.test(endpoint), perSecond: 20 },
	{ name: 'Meter Events API', matches: (endpoint) => endpoint === 'POST /v1/billing/meter_events', perSecond: 1000 },
];

/**
 * The pacer aims this far under each limit (and under a rate set in *Requests per Second*). Stripe's window may slide: requests sent exactly
 * 1/rate apart put rate + 1 of them in a closed one-second window, and the network shifts each
 * arrival by a few ms. 4% is one request of slack at 25/s (40 ms of jitter) and costs 4% of the
 * ceiling; a 429 that jitter still causes is met by rateBackoff.ts.
 */
export const PACING_MARGIN = 0.04;

export function endpointLimit(endpoint: string): number {
	return ENDPOINT_LIMITS.find((entry) => entry.matches(endpoint))?.perSecond ?? DEFAULT_ENDPOINT_LIMIT;
}

/** Path segments that name a group of collections, not a collection (`/v1/checkout/sessions`). */
const NAMESPACES = new Set([
	'apps', 'billing', 'billing_portal', 'checkout', 'climate', 'entitlements', 'financial_connections', 'forwarding',
	'identity', 'issuing', 'radar', 'reporting', 'sigma', 'tax', 'terminal', 'test_helpers', 'treasury',
]);

/** Fixed words that stand where an id could (`/v1/customers/search`, `/v1/invoices/upcoming`). */
const LITERALS = new Set(['search', 'upcoming']);

/**
 * The endpoint a request counts against: `POST /v1/customers/cus_1` → `POST /v1/customers/{id}`.
 * Stripe's paths alternate collection and id after the version (and an optional namespace).
 */
export function endpointOf(method: string, path: string): string {
	const segments = path.split('?')[0].split('/').filter(Boolean);
	const template: string[] = [];
	let expectId = false;
	for (const [index, segment] of segments.entries()) {
		if (index === 0 || (index === 1 && NAMESPACES.has(segment))) {
			template.push(segment);
			continue;
		}
		template.push(expectId && !LITERALS.has(segment) ? '{id}' : segment);
		expectId = !expectId;
	}
	return `${method} /${template.join('/')}`;
}
