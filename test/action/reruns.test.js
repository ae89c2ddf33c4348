'use strict';
/**
 * n8n's failure model: a failed node's output is discarded and the user presses Retry (a new
 * execution, mode `retry`, same items in the same order) or re-runs the workflow with the same
 * input. A bulk write must stop at its first definitive failure and never create twice on a re-run.
 */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const people = (n, tag = 'p') => Array.from({ length: n }, (_, i) => ({ email: `${tag}${i}@example.com` }));
const createCustomers = (options = {}) => ({
	resource: 'customer',
	operation: 'create',
	additionalFields: { email: '={{$json.email}}' },
	options: { requestsPerSecond: 1000, ...options },
});
const run = (parameters, items, extra = {}) =>
	runWorkflow({ workflow: stripeWorkflow(parameters, extra.settings), credentials: env.credentials, items, ...extra });
const refuse = (email) => ({
	kind: 'status',
	status: 400,
	code: 'email_invalid',
	param: 'email',
	message: 'Invalid email address: refused by the test',
	match: { method: 'POST', path: '/v1/customers', body: `email=${encodeURIComponent(email)}` },
});

describe('a bulk create that fails half-way, then Retry', () => {
	test('stops at the first refusal, names the item and the counts; Retry creates the rest and nothing twice', async () => {
		env.emu.control.setLatency(20);
		env.emu.control.injectFaults([refuse('p19@example.com')]);
		const items = people(60);
		const first = await run(createCustomers({ maxConcurrency: 10 }), items, { executionId: 'exec-1' });

		const error = first.errorOf('Stripe');
		expect(error.message).toBe('Stripe: Invalid email address: refused by the test');
		expect(error.context.itemIndex).toBe(19);
		const created = env.emu.control.list('customer').length;
		const inFlight = created - 19;
		expect(inFlight).toBeGreaterThanOrEqual(0);
		expect(inFlight).toBeLessThanOrEqual(9);
		const notSent = 60 - 1 - created;
		expect(error.description).toContain('Item 20 failed');
		expect(error.description).toContain('code: email_invalid');
		expect(error.description).toContain(`19 items before it${inFlight ? ` and ${inFlight} in flight` : ''} were created in Stripe`);
		expect(error.description).toContain(`${notSent} were not sent`);
		expect(error.description).toContain('items already created are not created again');

		// At most the concurrency limit of requests after the refusal is known (the ones in flight).
		const log = env.emu.control.requestLog().filter((entry) => entry.method === 'POST');
		const refusal = log.find((entry) => entry.status === 400);
		const later = log.filter((entry) => entry.receivedAt > refusal.answeredAt);
		expect(later.length).toBeLessThanOrEqual(10);
		expect(log.length).toBeLessThan(40);

		// The user fixes the cause (here: Stripe accepts the email now) and presses Retry.
		const before = env.emu.control.stats().idempotentReplays;
		const retry = await run(createCustomers({ maxConcurrency: 10 }), items, { executionId: 'exec-2', mode: 'retry' });
		expect(retry.error).toBeUndefined();
		const stored = env.emu.control.list('customer');
		expect(stored).toHaveLength(60);
		expect(new Set(stored.map((customer) => customer.email)).size).toBe(60);
		expect(env.emu.control.stats().idempotentReplays - before).toBe(created);
		const out = retry.outputOf('Stripe');
		expect(out.map((item) => item.json.email)).toEqual(items.map((item) => item.email));
		const [hint] = retry.hintsOf('Stripe');
		expect(hint.message).toMatch(new RegExp(`^${created} of 60 items were already created by an earlier run`));
	});

	test('Continue On Fail is unchanged: the refused item outputs its error, all the others are created', async () => {
		env.emu.control.injectFaults([refuse('c19@example.com')]);
		const items = people(60, 'c');
		const result = await run(createCustomers(), items, { settings: { onError: 'continueRegularOutput' } });
		const out = result.outputOf('Stripe');
		expect(out).toHaveLength(60);
		expect(out[19].json.error).toMatchObject({ code: 'email_invalid', param: 'email', status: 400 });
		expect(out.filter((item) => item.json.id)).toHaveLength(59);
		expect(env.emu.control.list('customer')).toHaveLength(59);
	});

	test('bad input anywhere in the batch fails the node before anything is sent', async () => {
		const items = people(60, 'b');
		items[39].email = 'not-an-email';
		const result = await run(createCustomers(), items);
		expect(result.errorOf('Stripe').message).toMatch(/^Item 40: "Email" "not-an-email" is not an email address/);
		expect(result.errorOf('Stripe').description).toMatch(/Nothing was sent to Stripe/);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('a failure past all retries stops the run too, with the in-flight items finished', async () => {
		env.emu.control.injectFaults([{ kind: 'status', status: 500, times: 10, match: { method: 'POST', path: '/v1/customers', body: 'r4%40example.com' } }]);
		const result = await runWorkflow({
			workflow: stripeWorkflow(createCustomers({ maxConcurrency: 3 })),
			credentials: { stripeConnectorApi: { ...env.credentials.stripeConnectorApi } },
			items: people(30, 'r'),
		});
		const error = result.errorOf('Stripe');
		expect(error.context.itemIndex).toBe(4);
		expect(error.description).toMatch(/^Item 5 failed/);
		expect(env.emu.control.list('customer').length).toBeLessThan(30);
	});
});

describe('re-runs of the same work', () => {
	test('a new execution with the same input creates nothing new; with Deduplicate Re-Runs off it does', async () => {
		const items = people(5, 'same');
		const first = await run(createCustomers(), items, { executionId: 'exec-a' });
		const second = await run(createCustomers(), items, { executionId: 'exec-b' });
		expect(env.emu.control.list('customer')).toHaveLength(5);
		expect(second.outputOf('Stripe').map((i) => i.json.id)).toEqual(first.outputOf('Stripe').map((i) => i.json.id));
		expect(first.hintsOf('Stripe')).toEqual([]);
		expect(second.hintsOf('Stripe')[0].message).toMatch(/^5 of 5 items were already created/);

		await run(createCustomers({ deduplicateReruns: false }), items, { executionId: 'exec-c' });
		expect(env.emu.control.list('customer')).toHaveLength(10);
	});

	test('changed input is new work: the same position with another email is a new customer', async () => {
		await run(createCustomers(), people(3, 'v1'), { executionId: 'exec-a' });
		await run(createCustomers(), people(3, 'v2'), { executionId: 'exec-b' });
		expect(env.emu.control.list('customer')).toHaveLength(6);
	});

	test('three identical blank creates in one batch are three customers, and stay three on a re-run', async () => {
		const blank = { resource: 'customer', operation: 'create' };
		await run(blank, [{}, {}, {}], { executionId: 'exec-a' });
		expect(env.emu.control.list('customer')).toHaveLength(3);
		await run(blank, [{}, {}, {}], { executionId: 'exec-b' });
		expect(env.emu.control.list('customer')).toHaveLength(3);
	});

	test('an update is applied again by a later execution, after the object changed elsewhere', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'old@example.com' }]);
		const update = { resource: 'customer', operation: 'update', customerId: { mode: 'id', value: customer.id }, updateFields: { email: 'new@example.com' } };
		await run(update, undefined, { executionId: 'exec-a' });
		expect(env.emu.control.list('customer')[0].email).toBe('new@example.com');
		env.emu.control.list('customer')[0].email = 'changed-elsewhere@example.com';
		const again = await run(update, undefined, { executionId: 'exec-b' });
		expect(again.error).toBeUndefined();
		expect(env.emu.control.list('customer')[0].email).toBe('new@example.com');
		expect(again.hintsOf('Stripe')).toEqual([]);
	});

	test('Idempotency Key from an expression: two executions with one key make one object; the same value on a product does not collide', async () => {
		const keyed = createCustomers({ idempotencyKey: '={{ $json.orderId }}' });
		const first = await run(keyed, [{ orderId: 'order-1042', email: 'ada@example.com' }], { executionId: 'exec-a' });
		const second = await runWorkflow({
			workflow: { ...stripeWorkflow(keyed), id: 'another-workflow' },
			credentials: env.credentials,
			items: [{ orderId: 'order-1042', email: 'ada@example.com' }],
			executionId: 'exec-b',
		});
		expect(second.outputOf('Stripe')[0].json.id).toBe(first.outputOf('Stripe')[0].json.id);
		expect(env.emu.control.list('customer')).toHaveLength(1);

		const product = await run(
			{ resource: 'product', operation: 'create', name: 'Gold', options: { idempotencyKey: '={{ $json.orderId }}' } },
			[{ orderId: 'order-1042' }],
			{ executionId: 'exec-c' },
		);
		expect(product.error).toBeUndefined();
		expect(product.outputOf('Stripe')[0].json.name).toBe('Gold');
		expect(env.emu.control.list('product')).toHaveLength(1);
	});

	test('items of one run that share your Idempotency Key go in input order: the first is created, the next one is refused', async () => {
		// The first item's connection drops once: its retry comes after the second item could have gone.
		env.emu.control.injectFaults([{ kind: 'drop-before', match: { method: 'POST', path: '/v1/customers', body: 'first%40example.com' } }]);
		const keyed = createCustomers({ idempotencyKey: '={{ $json.orderId }}', maxConcurrency: 10 });
		const items = [
			{ orderId: 'order-7', email: 'first@example.com' },
			{ orderId: 'order-7', email: 'second@example.com' },
			{ orderId: 'order-8', email: 'other@example.com' },
		];
		const result = await run(keyed, items, { settings: { onError: 'continueRegularOutput' } });
		const out = result.outputOf('Stripe').map((item) => item.json);
		expect(out[0].email).toBe('first@example.com');
		expect(out[1].error).toMatchObject({ type: 'idempotency_error' });
		expect(out[2].email).toBe('other@example.com');
		expect(env.emu.control.list('customer').map((customer) => customer.email).sort()).toEqual(['first@example.com', 'other@example.com']);
	});

	test('a very long or non-ASCII key of your own is hashed into a key Stripe accepts', async () => {
		const keyed = createCustomers({ idempotencyKey: '={{ $json.ref }}' });
		const ref = `Bestellung-ü-${'x'.repeat(300)}`;
		await run(keyed, [{ ref, email: 'a@example.com' }], { executionId: 'exec-a' });
		const again = await run(keyed, [{ ref, email: 'a@example.com' }], { executionId: 'exec-b' });
		expect(again.error).toBeUndefined();
		expect(env.emu.control.list('customer')).toHaveLength(1);
	});
});
