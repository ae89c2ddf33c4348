'use strict';
const { knownExpansions } = require('../../nodes/shared/transport/versionedExpand.ts');

describe('expansions an API version knows', () => {
	const params = { email: 'a@example.com', expand: ['data.discount.source.coupon', 'data.default_source'] };

	test('clover and later (endive) keep discount.source.coupon', () => {
		expect(knownExpansions(params, '2026-10-28.endive')).toBe(params);
		expect(knownExpansions(params, '2025-09-30.clover')).toBe(params);
	});

	test('older versions leave it out, and the expand parameter when nothing is left', () => {
		expect(knownExpansions(params, '2025-02-24.acacia')).toEqual({ email: 'a@example.com', expand: ['data.default_source'] });
		expect(knownExpansions({ expand: ['discount.source.coupon'] }, '2025-08-27.basil')).toEqual({});
		expect(knownExpansions({ email: 'x' }, '2025-02-24.acacia')).toEqual({ email: 'x' });
	});
});
