import type { INodeProperties } from 'n8n-workflow';

/** The Simplify toggle of both nodes: the spec's documented fields, or Stripe's raw object. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return the documented fields only, with dates as ISO 8601 date-times, instead of the raw Stripe object',
};
