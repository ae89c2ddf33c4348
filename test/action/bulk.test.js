'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const createByEmail = { resource: 'customer', operation: 'create', additionalFields: { email: '={{$json.email}}' }, options: { requestsPerSecond: 500 } };
const people = (n, tag = 'p') => Array.from({ length: n }, (_, i) => ({ email: `${tag}${i}@example.com` }));

describe('bulk, retries and failures', () => {
	test('200 creates through 429s, 5xx and dropped connections: every item once, in order, no duplicate object', async () => {
		env.emu.control.injectFaults([
			{ kind: 'status', status: 429, code: 'rate_limit', times: 6 },
			{ kind: 'status', status: 429, code: 'lock_timeout', times: 2 },
			{ kind: 'status', status: 500, times: 4 },
			{ kind: 'status', status: 503, shouldRetry: true, times: 2 },
			{ kind: 'drop-after', match: { method: 'POST', path: '/v1/customers' }, times: 5 },
			{ kind: 'drop-before', times: 3 },
		]);
		const items = people(200);
		const result = await runWorkflow({ workflow: stripeWorkflow(createByEmail), credentials: env.credentials, items });
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe');
		expect(out.map((item) => item.json.email)).toEqual(items.map((item) => item.email));
		expect(out.map((item) => item.pairedItem.item)).toEqual(items.map((_, i) => i));
		const stored = env.emu.control.list('customer');
		expect(stored).toHaveLength(200);
		expect(new Set(stored.map((c) => c.email)).size).toBe(200);
		const stats = env.emu.control.stats();
		expect(stats.dropped).toBe(8);
		expect(stats.idempotentReplays).toBeGreaterThanOrEqual(5);
	});

	test('Stripe-Should-Retry: false is final even on a 5xx', async () => {
		env.emu.control.injectFaults([{ kind: 'status', status: 500, shouldRetry: false, times: 1 }]);
		const result = await runWorkflow({ workflow: stripeWorkflow(createByEmail), credentials: env.credentials, items: people(1) });
		expect(result.errorOf('Stripe').httpCode).toBe('500');
		expect(env.emu.control.stats().requests).toBe(1);
	});

	test('with Deduplicate Re-Runs off, the same execution run again (Retry On Fail) still creates nothing twice; a new one creates anew', async () => {
		const perExecution = { ...createByEmail, options: { ...createByEmail.options, deduplicateReruns: false } };
		const items = people(20, 'again');
		const first = await runWorkflow({ workflow: stripeWorkflow(perExecution), credentials: env.credentials, items, executionId: 'exec-42' });
		const second = await runWorkflow({ workflow: stripeWorkflow(perExecution), credentials: env.credentials, items, executionId: 'exec-42' });
		expect(env.emu.control.list('customer')).toHaveLength(20);
		expect(second.outputOf('Stripe').map((i) => i.json.id)).toEqual(first.outputOf('Stripe').map((i) => i.json.id));
		await runWorkflow({ workflow: stripeWorkflow(perExecution), credentials: env.credentials, items, executionId: 'exec-43' });
		expect(env.emu.control.list('customer')).toHaveLength(40);
	});

	test('Retry On Fail in the engine: a create whose answer was lost is not created twice', async () => {
		env.emu.control.injectFaults([{ kind: 'drop-after', match: { method: 'POST', path: '/v1/customers' }, times: 6 }]);
		const result = await runWorkflow({
			workflow: stripeWorkflow({ ...createByEmail, options: {} }, { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 }),
			credentials: env.credentials,
			items: people(1, 'lost'),
		});
		expect(result.error).toBeUndefined();
		expect(result.outputOf('Stripe')[0].json.email).toBe('lost0@example.com');
		expect(env.emu.control.list('customer')).toHaveLength(1);
	});

	test('Continue On Fail: the failed item carries Stripe type, code, param, message and request id; the others go on', async () => {
		const [existing] = env.emu.control.createObjects('customer', [{ email: 'here@example.com' }]);
		const result = await runWorkflow({
			workflow: stripeWorkflow(
				{ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: '={{$json.id}}' } },
				{ onError: 'continueRegularOutput' },
			),
			credentials: env.credentials,
			items: [{ id: existing.id }, { id: 'cus_gone' }, { id: 'bad/id' }, { id: existing.id }],
		});
		const out = result.outputOf('Stripe');
		expect(out).toHaveLength(4);
		expect(out[0].json.id).toBe(existing.id);
		expect(out[3].json.id).toBe(existing.id);
		expect(out[1].json.error).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing', param: 'id', message: "No such customer: 'cus_gone'", status: 404 });
		expect(out[1].json.error.request_id).toMatch(/^req_/);
		expect(out[2].json.error.message).toMatch(/Item 3: "Customer" "bad\/id" is not a Stripe ID/);
		expect(out.map((i) => i.pairedItem.item)).toEqual([0, 1, 2, 3]);
	});

	test('without Continue On Fail the node fails with the first failing item', async () => {
		const result = await runWorkflow({
			workflow: stripeWorkflow({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: '={{$json.id}}' } }),
			credentials: env.credentials,
			items: [{ id: 'cus_a' }, { id: 'cus_b' }],
		});
		expect(result.errorOf('Stripe').message).toBe("Stripe: No such customer: 'cus_a'");
		expect(result.errorOf('Stripe').context.itemIndex).toBe(0);
	});

	test('the API key appears in no output and no error, whatever Stripe echoes', async () => {
		const secret = env.emu.keys.test;
		const ok = await runWorkflow({ workflow: stripeWorkflow(createByEmail), credentials: env.credentials, items: people(2, 'k') });
		const bad = await runWorkflow({
			workflow: stripeWorkflow(createByEmail),
			credentials: { stripeConnectorApi: { apiKey: 'sk_test_wrongkey123456', baseUrl: env.emu.url } },
			items: people(1),
		});
		const failed = await runWorkflow({
			workflow: stripeWorkflow({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: 'cus_nope' } }, { onError: 'continueRegularOutput' }),
			credentials: env.credentials,
		});
		expect(bad.errorOf('Stripe').message).toMatch(/Invalid API Key provided: sk_test_…/);
		const everything = JSON.stringify([ok.runData, bad.runData, failed.runData, bad.errorOf('Stripe'), bad.errorOf('Stripe')?.stack]);
		expect(everything).not.toContain(secret);
		expect(everything).not.toContain('wrongkey123456');
	});

	test('a restricted key without permission gets Stripe\'s 403, and http to a non-loopback host is refused before any request', async () => {
		const denied = await runWorkflow({
			workflow: stripeWorkflow(createByEmail),
			credentials: { stripeConnectorApi: { apiKey: env.emu.keys.restrictedRead, baseUrl: env.emu.url } },
			items: people(1),
		});
		expect(denied.errorOf('Stripe').httpCode).toBe('403');
		expect(denied.errorOf('Stripe').message).toMatch(/does not have the required permissions/);
		const clear = await runWorkflow({
			workflow: stripeWorkflow(createByEmail),
			credentials: { stripeConnectorApi: { apiKey: env.emu.keys.test, baseUrl: 'http://api.stripe.com' } },
			items: people(1),
		});
		expect(clear.errorOf('Stripe').message).toMatch(/refused: use https:\/\//);
	});
});
