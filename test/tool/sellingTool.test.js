'use strict';
/** Selling operations as an AI agent's tool: readable answers, money rules said in words. */
const { callAsTool } = require('../harness/agentTool');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();

const createPrice = {
	resource: 'price',
	operation: 'create',
	productSource: 'new',
	productName: "={{ $fromAI('productName', 'The product name', 'string') }}",
	currency: "={{ $fromAI('currency', 'ISO currency code, e.g. usd', 'string') }}",
	unitAmount: "={{ $fromAI('unitAmount', 'Price in the smallest unit (cents)', 'number') }}",
};
const createLink = {
	resource: 'paymentLink',
	operation: 'create',
	lineItems: { lineItem: [{ price: "={{ $fromAI('priceId', 'The price ID, price_…', 'string') }}", quantity: 1 }] },
};

describe.each(['supplyData', 'engine'])('selling operations as an AI agent tool (n8n-core %s path)', (path) => {
	const call = (parameters, calls) => callAsTool({ parameters, calls, credentials: env.credentials, path });

	test('create a price, then a payment link for it: the model gets the readable amount and the URL', async () => {
		const { tool, results } = await call(createPrice, [{ productName: 'Poster', currency: 'usd', unitAmount: 2500 }]);
		if (path === 'supplyData') expect(tool.description).toBe('Create a price in Stripe Connector');
		const [price] = JSON.parse(results[0].answer);
		expect(price).toMatchObject({ unit_amount: 2500, unit_amount_formatted: '25.00 USD' });
		const linked = await call(createLink, [{ priceId: price.id }]);
		const [link] = JSON.parse(linked.results[0].answer);
		expect(link.url).toMatch(/^https:\/\/buy\.stripe\.com\//);
	});

	test('a price in dollars instead of cents: the model reads the rule and nothing is sent', async () => {
		const { results } = await call(createPrice, [{ productName: 'Poster', currency: 'usd', unitAmount: 25.5 }]);
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toMatch(/^Create a price failed: "Unit Amount" must be a whole number in the smallest unit of USD, e\.g\. cents \(1999 is 19\.99 USD\)/);
		expect(answer.error).toMatch(/Nothing was sent to Stripe/);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('a payment link for a price that does not exist: Stripe\'s message, code and param', async () => {
		const { results } = await call(createLink, [{ priceId: 'price_missing1' }]);
		const [answer] = JSON.parse(results[0].answer);
		expect(answer.error).toMatch(/^Create a payment link failed: No such price: 'price_missing1' \(code: resource_missing, param: line_items\[0\]\[price\]\)\. No price price_missing1 exists\./);
	});
});
