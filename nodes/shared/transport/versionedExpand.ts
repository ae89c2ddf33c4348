import type { FormValue } from './formEncode';

/**
 * Expansions that exist only since a version: the nodes ask for what the pinned version needs,
 * and a request in an older version (the credential's override) leaves out what it does not
 * know, which Stripe would refuse ("This property cannot be expanded").
 */
const EXPANSIONS_SINCE: Array<{ path: RegExp; since: string }> = [
	// 2025-09-30.clover moved the discount's coupon under `source`, where it is an id unless expanded.
	{ path: /(^|\.)discount\.source\.coupon$/, since: '2025-09-30' },
];

export function knownExpansions(params: Record<string, FormValue>, apiVersion: string): Record<string, FormValue> {
	if (!Array.isArray(params.expand)) return params;
	const date = apiVersion.slice(0, 10);
	const expand = params.expand.filter(
		(path) => !EXPANSIONS_SINCE.some((rule) => typeof path === 'string' && rule.path.test(path) && date < rule.since),
	);
	if (expand.length === params.expand.length) return params;
	const known: Record<string, FormValue> = { ...params, expand };
	if (expand.length === 0) delete known.expand;
	return known;
}
