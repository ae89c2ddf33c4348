'use strict';
/** The Event Types list is Stripe's own (generated from the stripe package's types), current, and easy to search. */
const { render, OUTPUT } = require('../../scripts/generateEventTypes');
const fs = require('node:fs');
const { EVENT_TYPE_OPTIONS, STRIPE_EVENT_TYPES, EVENT_TYPES_API_VERSION } = require('../../nodes/shared/trigger/eventTypes');
const { PINNED_STRIPE_VERSION } = require('../../nodes/shared/constants');

describe('generated event types', () => {
	test('the committed file is what the generator writes from the installed stripe package (run npm run generate:event-types)', () => {
		expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(render());
	});

	test('they are the pinned version\'s: Stripe\'s EnabledEvent for 2026-10-28.endive, over 200 types', () => {
		expect(EVENT_TYPES_API_VERSION).toBe(PINNED_STRIPE_VERSION);
		expect(STRIPE_EVENT_TYPES.length).toBeGreaterThan(200);
		expect(STRIPE_EVENT_TYPES).toEqual(expect.arrayContaining(['invoice.paid', 'customer.subscription.deleted', 'charge.dispute.created']));
		expect(STRIPE_EVENT_TYPES).not.toContain('*');
	});

	test('options: "*" first, then the most used ones described, then every other type once, each name showing its type', () => {
		const values = EVENT_TYPE_OPTIONS.map((option) => option.value);
		expect(values[0]).toBe('*');
		expect(values.slice(1, 12)).toEqual([
			'invoice.paid', 'invoice.payment_failed', 'checkout.session.completed', 'checkout.session.expired', 'customer.subscription.created',
			'customer.subscription.updated', 'customer.subscription.deleted', 'payment_intent.succeeded', 'charge.refunded', 'charge.dispute.created', 'customer.updated',
		]);
		expect(EVENT_TYPE_OPTIONS.slice(1, 12).every((option) => /^Often used\. /.test(option.description))).toBe(true);
		expect([...values.slice(1)].sort()).toEqual([...STRIPE_EVENT_TYPES].sort());
		expect(new Set(EVENT_TYPE_OPTIONS.map((option) => option.name)).size).toBe(EVENT_TYPE_OPTIONS.length);
		for (const option of EVENT_TYPE_OPTIONS.slice(1)) expect(option.name.endsWith(`(${option.value})`)).toBe(true);
		expect(EVENT_TYPE_OPTIONS.find((option) => option.value === 'customer.tax_id.created').name).toBe('Customer Tax ID Created (customer.tax_id.created)');
	});
});
