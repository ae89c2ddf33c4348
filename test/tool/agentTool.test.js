'use strict';
/** The action node as an AI agent's tool, driven through n8n-core's own tool path (test/harness/agentTool.js). */
const { callAsTool } = require('../harness/agentTool');
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('../action/workflow');

const env = useEmulator();

const createCustomer = {
	resource: 'customer',
	operation: 'create',
	additionalFields: {
		email: "={{ $fromAI('email', 'The customer\\'s email address', 'string') }}",
		description: "={{ $fromAI('description', 'A note about the customer', 'string') }}",
	},
};
const getCustomer = { resource: 'customer', operation: 'get', customerId: { mode: 'id', value: "={{ $fromAI('customerId', 'The customer ID, cus_…', 'string') }}" } };
describe.each(['supplyData', 'engine'])('the action node as an AI agent tool (n8n-core %s path)', (path) => {
	const call = (parameters, calls, extra = {}) => callAsTool({ parameters, calls, credentials: env.credentials, path, ...extra });

	test('create with arguments: the customer exists and the model gets the compact documented fields', async () => {
		const { tool, results } = await call(createCustomer, [{ email: 'ada@example.com', description: 'VIP' }]);
		if (path === 'supplyData') expect(tool.arguments.sort()).toEqual(['description', 'email']);
		const [answer] = JSON.parse(results[0].answer);
		expect(Object.keys(answer).sort()).toEqual(['account_balance', 'created', 'currency', 'delinquent', 'description', 'discount', 'email', 'id']);
		expect(answer).toMatchObject({ email: 'ada@example.com', description: 'VIP' });
		expect(env.emu.control.list('customer').map((c) => c.email)).toEqual(['ada@example.com']);
	});

	test('get of a missing customer: the model reads the id, Stripe\'s message and code, and the next step; nothing escapes to the agent', async () => {
		const { tool, results, run } = await call(getCustomer, [{ customerId: 'cus_doesNotExist42' }]);
		// n8n's automatic tool description is the operation's action: it says what the tool needs.
		if (path === 'supplyData') expect(tool.description).toBe('Get a customer by ID in Stripe Connector');
		expect(results[0].threw).toBeUndefined();
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toContain("No such customer: 'cus_doesNotExist42'");
		expect(answer.error).toContain('code: resource_missing');
		expect(answer.error).toContain('param: id');
		expect(answer.error).toMatch(/No customer cus_doesNotExist42 exists\. Check the ID, or search customers by email\./);
		expect(answer.error).not.toContain(env.emu.keys.test);
		// The tool's own run stays visible in the execution with the failure.
		expect(JSON.stringify(run.runData.Stripe)).toContain('cus_doesNotExist42');
	});

	test('create with a bad email: a readable answer naming the field, and no request sent', async () => {
		const { results } = await call(createCustomer, [{ email: 'x', description: '' }]);
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toMatch(/^Create a customer failed: "Email" "x" is not an email address\. Nothing was sent to Stripe/);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('the same create twice in one execution is one customer, and the second answer says so; other arguments make another', async () => {
		const { results } = await call(createCustomer, [
			{ email: 'ada@example.com', description: 'VIP' },
			{ email: 'ada@example.com', description: 'VIP' },
			{ email: 'grace@example.com', description: 'VIP' },
		]);
		const [first, again, other] = results.map((result) => JSON.parse(result.answer)[0]);
		expect(again.id).toBe(first.id);
		expect(again.note).toMatch(new RegExp(`^already created: ${first.id}`));
		expect(first.note).toBeUndefined();
		expect(other.id).not.toBe(first.id);
		expect(other.note).toBeUndefined();
		expect(env.emu.control.list('customer')).toHaveLength(2);
	});

	test('a Stripe refusal of a create reaches the model with the param to correct', async () => {
		env.emu.control.injectFaults([{ kind: 'status', status: 400, code: 'email_invalid', param: 'email', message: 'Invalid email address: ada@', match: { method: 'POST' } }]);
		const { results } = await call(createCustomer, [{ email: 'ada@example.com', description: '' }]);
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toBe('Create a customer failed: Invalid email address: ada@ (code: email_invalid, param: email). Correct email and call again.');
	});

	test.each([
		['no API key', { apiKey: '' }, /^Get a customer by ID failed: The Stripe credential has no API key\. Nothing was sent to Stripe; the workflow owner must fix the Stripe credential\.$/],
		['a Base URL refused (plain http to another host)', { baseUrl: 'http://stripe.example.com' }, /^Get a customer by ID failed: Base URL "http:\/\/stripe\.example\.com" refused: use https:\/\/ .*the workflow owner must fix the Stripe credential\.$/],
	])('a credential with %s: the model gets a readable answer, nothing is thrown at the agent, nothing is sent', async (_case, override, sentence) => {
		const credentials = { stripeConnectorApi: { ...env.credentials.stripeConnectorApi, ...override } };
		const { results, run } = await callAsTool({ parameters: getCustomer, calls: [{ customerId: 'cus_1' }], credentials, path });
		expect(results[0].threw).toBeUndefined();
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toMatch(sentence);
		expect(env.emu.control.stats().requests).toBe(0);
		expect(JSON.stringify(run.runData.Stripe)).toContain('the workflow owner must fix the Stripe credential');
	});
});

describe('outside tool mode', () => {
	test('nothing changes: the same get fails the node on the 404', async () => {
		const result = await runWorkflow({
			workflow: stripeWorkflow({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: 'cus_doesNotExist42' } }),
			credentials: env.credentials,
		});
		expect(result.errorOf('Stripe').message).toBe("Stripe: No such customer: 'cus_doesNotExist42'");
	});

	test('a credential without a key still fails the node', async () => {
		const result = await runWorkflow({
			workflow: stripeWorkflow({ resource: 'customer', operation: 'get', customerId: { mode: 'id', value: 'cus_1' } }),
			credentials: { stripeConnectorApi: { ...env.credentials.stripeConnectorApi, apiKey: '' } },
		});
		expect(result.errorOf('Stripe').message).toBe('The Stripe credential has no API key');
	});
});
