'use strict';
/** Billing operations as an AI agent's tool: usage reported once however often the model repeats itself; the portal link in the answer. */
const { callAsTool } = require('../harness/agentTool');
const { billingSetup } = require('../support/billingSetup');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();
const api = billingSetup(env);

const reportUsage = {
	resource: 'meterEvent',
	operation: 'create',
	eventName: 'api_requests',
	customerId: { mode: 'id', value: "={{ $fromAI('customerId', 'The customer ID, cus_…', 'string') }}" },
	value: "={{ $fromAI('value', 'The usage to report', 'number') }}",
};

describe.each(['supplyData', 'engine'])('billing operations as an AI agent tool (n8n-core %s path)', (path) => {
	const call = (parameters, calls) => callAsTool({ parameters, calls, credentials: env.credentials, path });

	test('a model that repeats the same usage report is counted once', async () => {
		const customer = await api.customer();
		const { results } = await call(reportUsage, [{ customerId: customer.id, value: 40 }, { customerId: customer.id, value: 40 }]);
		const answers = results.map((result) => JSON.parse(result.answer)[0]);
		expect(answers[0]).toMatchObject({ customer: customer.id, value: 40 });
		expect(answers[1].identifier).toBe(answers[0].identifier);
		expect(env.emu.control.list('billing.meter_event')).toHaveLength(1);
	});

	test('a portal link for a customer: the model gets the url', async () => {
		const customer = await api.customer();
		const portal = { resource: 'customerPortalSession', operation: 'create', customerId: { mode: 'id', value: "={{ $fromAI('customerId', 'The customer ID', 'string') }}" } };
		const { results } = await call(portal, [{ customerId: customer.id }]);
		expect(JSON.parse(results[0].answer)[0].url).toMatch(/^https:\/\/billing\.stripe\.com\//);
	});
});
