'use strict';
const { runWorkflow } = require('../harness');
const { billingSetup } = require('../support/billingSetup');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();
const api = billingSetup(env);

const portal = (customerId, extra = {}) => ({ resource: 'customerPortalSession', operation: 'create', customerId: { mode: 'id', value: customerId }, returnUrl: 'https://example.com/account', ...extra });
const run = (parameters, execution = {}) => runWorkflow({ workflow: stripeWorkflow(parameters), credentials: env.credentials, ...execution });

describe('Customer Portal Session', () => {
	test('Create outputs the url a workflow emails or returns', async () => {
		const customer = await api.customer();
		const result = await run(portal(customer.id));
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(['configuration', 'created', 'customer', 'id', 'return_url', 'url']);
		expect(out).toMatchObject({ customer: customer.id, return_url: 'https://example.com/account' });
		expect(out.url).toMatch(/^https:\/\/billing\.stripe\.com\/p\/session\//);
	});

	test('a later run of the same work gets a fresh link, not the stored (expired) answer of the first', async () => {
		const customer = await api.customer();
		const first = await run(portal(customer.id), { executionId: 'portal-1' });
		const second = await run(portal(customer.id), { executionId: 'portal-2', mode: 'retry' });
		expect(second.outputOf('Stripe')[0].json.url).not.toBe(first.outputOf('Stripe')[0].json.url);
		expect(env.emu.control.stats().idempotentReplays).toBe(0);
	});

	test('bad input fails before any request; Simplify off gives the raw session', async () => {
		const bad = await run(portal('cus_x', { returnUrl: 'example.com/account' }));
		expect(bad.errorOf('Stripe').message).toBe('Item 1: "Return URL" "example.com/account" is not an absolute http(s) URL');
		expect(env.emu.control.requestLog()).toHaveLength(0);
		const customer = await api.customer();
		const raw = await run(portal(customer.id, { simplify: false }));
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ object: 'billing_portal.session', customer: customer.id });
	});
});
