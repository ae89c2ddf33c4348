'use strict';
const { runWorkflow } = require('../harness');
const { billingSetup } = require('../support/billingSetup');
const { useEmulator } = require('../support/useEmulator');
const { endpointLimit, endpointOf } = require('../../nodes/shared/transport/limits.ts');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();
const api = billingSetup(env);

const byId = (value) => ({ mode: 'id', value });
const usage = (extra = {}) => ({ resource: 'meterEvent', operation: 'create', eventName: 'api_requests', customerId: byId('={{ $json.customer }}'), value: '={{ $json.calls }}', ...extra });
const run = (parameters, items, options = {}) => runWorkflow({ workflow: stripeWorkflow(parameters, options.settings), credentials: env.credentials, items, ...options.execution });
const stored = () => env.emu.control.list('billing.meter_event');

describe('Meter Event', () => {
	test('Create reports usage with an identifier derived from the work; Simplify names customer and value', async () => {
		const customer = await api.customer();
		const result = await run(usage(), [{ customer: customer.id, calls: 25 }]);
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(['created', 'customer', 'event_name', 'identifier', 'timestamp', 'value']);
		expect(out).toMatchObject({ event_name: 'api_requests', customer: customer.id, value: 25 });
		expect(out.identifier).toMatch(/^n8n-stripe-connector-w-[0-9a-f]{48}$/);
		expect(stored()).toEqual([expect.objectContaining({ payload: { stripe_customer_id: customer.id, value: '25' }, identifier: out.identifier })]);
	});

	test('a re-run of the same work (Retry, or the same input again) is not counted twice', async () => {
		const customer = await api.customer();
		const items = [{ customer: customer.id, calls: 5 }, { customer: customer.id, calls: 5 }];
		await run(usage(), items, { execution: { executionId: 'usage-1' } });
		const again = await run(usage(), items, { execution: { executionId: 'usage-2', mode: 'retry' } });
		expect(again.error).toBeUndefined();
		// Two identical items are two events; the re-run adds none.
		expect(stored()).toHaveLength(2);
		expect(env.emu.control.stats().idempotentReplays).toBe(2);
	});

	test('the identifier alone deduplicates: items sharing your own identifier go in input order, the first counts and the next is refused (Continue On Fail shows it)', async () => {
		const customer = await api.customer();
		const own = usage({ additionalFields: { identifier: '={{ $json.requestId }}' }, options: { idempotencyKey: '={{ $json.calls }}', requestsPerSecond: 1000 } });
		// The first item's connection drops once: its retry comes after the second item could have gone.
		env.emu.control.injectFaults([{ kind: 'drop-before', match: { method: 'POST', path: '/v1/billing/meter_events', body: 'payload[value]=1&' } }]);
		const result = await run(own, [{ customer: customer.id, calls: 1, requestId: 'req-1' }, { customer: customer.id, calls: 2, requestId: 'req-1' }], { settings: { onError: 'continueRegularOutput' } });
		const out = result.outputOf('Stripe');
		expect(out[0].json).toMatchObject({ identifier: 'req-1', value: 1 });
		expect(out[1].json.error).toMatchObject({ param: 'identifier' });
		expect(stored()).toHaveLength(1);
	});

	test('Simplify off gives Stripe\'s object; custom payload keys are honored', async () => {
		const customer = await api.customer();
		const result = await run(usage({ simplify: false, additionalFields: { customerPayloadKey: 'account', valuePayloadKey: 'tokens' } }), [{ customer: customer.id, calls: 7 }]);
		expect(result.outputOf('Stripe')[0].json).toMatchObject({ object: 'billing.meter_event', payload: { account: customer.id, tokens: '7' } });
	});

	test.each([
		[{ calls: 1.5 }, {}, /^Item 1: "Value" must be a whole number/],
		[{}, { eventName: '={{ "  " }}' }, /^Item 1: "Event Name" is required/],
		[{}, { additionalFields: { timestamp: '2001-01-01T00:00:00' } }, /^Item 1: "Timestamp" must be within the past 35 days/],
		[{}, { additionalFields: { identifier: 'x'.repeat(101) } }, /^Item 1: "Identifier" is longer than 100 characters/],
	])('bad input %j %j fails before any request', async (item, change, message) => {
		const result = await run(usage(change), [{ customer: 'cus_x', calls: 3, ...item }]);
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.requestLog()).toHaveLength(0);
	});

	test('meter events are paced to their own limit (1000 per second), not the 25 of other endpoints', () => {
		expect(endpointLimit(endpointOf('POST', '/v1/billing/meter_events'))).toBe(1000);
	});
});
