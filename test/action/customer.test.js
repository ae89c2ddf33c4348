'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const run = (parameters, items, extra = {}) => runWorkflow({ workflow: stripeWorkflow(parameters, extra.settings), credentials: env.credentials, items, ...extra });
const meta = (pairs) => ({ metadataValues: Object.entries(pairs).map(([key, value]) => ({ key, value })) });

describe('Customer', () => {
	test('n8n itself refuses a typed-in id that is not a Stripe id (the locator\'s validation), before running', async () => {
		await expect(run({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: 'cus_1/../charges' } })).rejects.toThrow(
			/A Stripe ID has only letters, digits, _ and -/,
		);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('Create outputs exactly the documented Customer_Response with documented types', async () => {
		const result = await run(
			{ resource: 'customer', operation: 'create', additionalFields: { email: '={{$json.email}}', description: 'VIP', metadata: meta({ source: 'n8n' }) } },
			[{ email: 'ada@example.com' }],
		);
		expect(result.error).toBeUndefined();
		const [item] = result.outputOf('Stripe');
		expect(Object.keys(item.json).sort()).toEqual(['account_balance', 'created', 'currency', 'delinquent', 'description', 'discount', 'email', 'id'].sort());
		expect(item.json).toMatchObject({ account_balance: 0, delinquent: false, description: 'VIP', email: 'ada@example.com', discount: null });
		expect(item.json.id).toMatch(/^cus_/);
		expect(item.json.created).toMatch(ISO);
		const stored = env.emu.control.list('customer');
		expect(stored).toHaveLength(1);
		expect(stored[0].metadata).toEqual({ source: 'n8n' });
		expect(env.emu.control.stats().lastStripeVersion).toBe('2026-10-28.endive');
	});

	test('Get by ID returns the customer; simplify off returns the raw Stripe object', async () => {
		const [customer] = env.emu.control.createObjects('customer', [{ email: 'b@example.com', balance: 250 }]);
		const simplified = await run({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: customer.id } });
		expect(simplified.outputOf('Stripe')[0].json).toMatchObject({ id: customer.id, account_balance: 250, email: 'b@example.com' });
		const raw = await run({ resource: 'customer', operation: 'get', simplify: false, customerId: { mode: 'id', value: customer.id } });
		expect(raw.outputOf('Stripe')[0].json).toMatchObject({ id: customer.id, object: 'customer', balance: 250 });
	});

	test('Update sends only the added fields; an added empty field unsets it; an empty metadata value removes the key', async () => {
		const [customer] = env.emu.control.createObjects('customer', [
			{ email: 'c@example.com', description: 'keep me', metadata: { a: '1', b: '2' } },
		]);
		const result = await run({
			resource: 'customer',
			operation: 'update',
			customerId: { mode: 'list', value: customer.id },
			updateFields: { email: '', metadata: meta({ a: '', c: '3' }) },
		});
		expect(result.error).toBeUndefined();
		const stored = env.emu.control.list('customer')[0];
		expect(stored.email).toBeNull();
		expect(stored.description).toBe('keep me');
		expect(stored.metadata).toEqual({ b: '2', c: '3' });
		expect(result.outputOf('Stripe')[0].json.email).toBeNull();
	});

	test('an unknown customer comes back with Stripe message, code and param', async () => {
		const result = await run({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: 'cus_missing' } });
		const error = result.errorOf('Stripe');
		expect(error.message).toBe("Stripe: No such customer: 'cus_missing'");
		expect(error.description).toContain('code: resource_missing');
		expect(error.description).toContain('param: id');
		expect(error.description).toMatch(/request id: req_/);
	});

	test.each([
		['an id with a slash (from an expression)', { operation: 'get', customerId: { mode: 'id', value: '={{"cus_1/../charges"}}' } }, /Item 1: "Customer" .*not a Stripe ID/],
		['an empty id (from an expression)', { operation: 'update', customerId: { mode: 'id', value: '={{" "}}' }, updateFields: { email: 'x@example.com' } }, /Item 1: "Customer" is empty/],
		['an email that is not one', { operation: 'create', additionalFields: { email: 'not-an-email' } }, /Item 1: "Email" "not-an-email" is not an email address/],
		['metadata key over 40 characters', { operation: 'create', additionalFields: { metadata: meta({ ['k'.repeat(41)]: 'v' }) } }, /Item 1: "Metadata" key .* longer than 40/],
		['metadata value over 500 characters', { operation: 'create', additionalFields: { metadata: meta({ k: 'v'.repeat(501) }) } }, /Item 1: "Metadata" value of "k" is longer than 500/],
		['51 metadata keys', { operation: 'create', additionalFields: { metadata: meta(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))) } }, /Item 1: "Metadata" has 51 keys/],
	])('bad input (%s) fails before any request, naming item and field', async (_name, parameters, message) => {
		const result = await run({ resource: 'customer', ...parameters });
		expect(result.errorOf('Stripe')?.message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});
});
