'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const LINK_RESPONSE = ['active', 'after_completion', 'allow_promotion_codes', 'currency', 'id', 'metadata', 'redirect_url', 'url'];

/** A product with a one-off price in the emulator, made through the node: the price ID. */
async function priceOf(unitAmount = 1500) {
	const [product] = env.emu.control.createObjects('product', [{ name: `Thing ${unitAmount}` }]);
	const result = await run({ resource: 'price', operation: 'create', productId: { mode: 'id', value: product.id }, currency: 'usd', unitAmount });
	return result.outputOf('Stripe')[0].json.id;
}

const createLink = (lineItems, extra = {}) => run({ resource: 'paymentLink', operation: 'create', lineItems: { lineItem: lineItems }, ...extra });

describe('Payment Link', () => {
	test('Create with line items (one adjustable), a redirect after payment, promotion codes and metadata: outputs the URL', async () => {
		const mug = await priceOf(1500);
		const tea = await priceOf(700);
		const result = await createLink(
			[
				{ price: mug, quantity: 2 },
				{ price: tea, quantity: 1, adjustable: true, minimum: 1, maximum: 10 },
			],
			{ afterCompletion: 'redirect', redirectUrl: 'https://shop.example.com/thanks', additionalFields: { allowPromotionCodes: true, metadata: { metadataValues: [{ key: 'campaign', value: 'fall' }] } } },
		);
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(LINK_RESPONSE);
		expect(out).toMatchObject({ active: true, after_completion: 'redirect', redirect_url: 'https://shop.example.com/thanks', allow_promotion_codes: true, currency: 'usd', metadata: { campaign: 'fall' } });
		expect(out.url).toMatch(/^https:\/\/buy\.stripe\.com\//);

		const lines = await run({ resource: 'paymentLink', operation: 'getLineItems', paymentLinkId: out.id, returnAll: true });
		expect(lines.outputOf('Stripe').map((item) => item.json)).toEqual([
			expect.objectContaining({ price: mug, quantity: 2, amount_total: 3000, amount_formatted: '30.00 USD' }),
			expect.objectContaining({ price: tea, quantity: 1, amount_total: 700, amount_formatted: '7.00 USD' }),
		]);
	});

	test('a confirmation message after payment', async () => {
		const price = await priceOf();
		const result = await createLink([{ price, quantity: 1 }], { afterCompletion: 'confirmation', confirmationMessage: 'Thanks! Check your inbox.' });
		expect(result.outputOf('Stripe')[0].json).toMatchObject({ after_completion: 'hosted_confirmation', redirect_url: null });
		expect(env.emu.control.list('payment_link')[0].after_completion.hosted_confirmation.custom_message).toBe('Thanks! Check your inbox.');
	});

	test.each([
		['no line items', { lineItems: {} }, /^Item 1: "Line Items" needs at least one price and quantity/],
		['a zero quantity', { lineItems: { lineItem: [{ price: 'price_1', quantity: 0 }] } }, /^Item 1: "Line Items 1: Quantity" must be a whole number from 1 to 999999/],
		['a quantity outside its adjustable range', { lineItems: { lineItem: [{ price: 'price_1', quantity: 20, adjustable: true, minimum: 1, maximum: 10 }] } }, /"Line Items 1: Quantity" must be between the minimum \(1\) and the maximum \(10\)/],
		['a redirect that is not a URL', { lineItems: { lineItem: [{ price: 'price_1', quantity: 1 }] }, afterCompletion: 'redirect', redirectUrl: '={{ "thanks.html" }}' }, /^Item 1: "Redirect URL" "thanks.html" is not an absolute http\(s\) URL/],
	])('bad input (%s) fails before any request', async (_name, parameters, message) => {
		const result = await run({ resource: 'paymentLink', operation: 'create', ...parameters });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('an inactive price is refused by Stripe, with the param of the line item', async () => {
		const price = await priceOf();
		await run({ resource: 'price', operation: 'update', priceId: { mode: 'id', value: price }, updateFields: { active: false } });
		const result = await createLink([{ price, quantity: 1 }]);
		expect(result.errorOf('Stripe').message).toMatch(/The price specified is inactive/);
		expect(result.errorOf('Stripe').description).toMatch(/param: line_items\[0\]\[price\]/);
	});

	test('Update deactivates and reactivates; Get and Get Many (active) see it', async () => {
		const price = await priceOf();
		const id = (await createLink([{ price, quantity: 1 }])).outputOf('Stripe')[0].json.id;
		await createLink([{ price, quantity: 3 }]);
		const off = await run({ resource: 'paymentLink', operation: 'update', paymentLinkId: id, updateFields: { active: false, metadata: { metadataValues: [{ key: 'reason', value: 'sold out' }] } } });
		expect(off.outputOf('Stripe')[0].json).toMatchObject({ id, active: false, metadata: { reason: 'sold out' } });
		expect((await run({ resource: 'paymentLink', operation: 'get', paymentLinkId: id })).outputOf('Stripe')[0].json.active).toBe(false);
		const inactive = await run({ resource: 'paymentLink', operation: 'getAll', filters: { active: false }, returnAll: true });
		expect(inactive.outputOf('Stripe').map((item) => item.json.id)).toEqual([id]);
		const active = await run({ resource: 'paymentLink', operation: 'getAll', filters: { active: true }, returnAll: true });
		expect(active.outputOf('Stripe')).toHaveLength(1);
		const on = await run({ resource: 'paymentLink', operation: 'update', paymentLinkId: id, updateFields: { active: true } });
		expect(on.outputOf('Stripe')[0].json.active).toBe(true);
	});

	test('Get of an unknown link fails with Stripe\'s message', async () => {
		const result = await run({ resource: 'paymentLink', operation: 'get', paymentLinkId: 'plink_nope' });
		expect(result.errorOf('Stripe').message).toBe("Stripe: No such payment_link: 'plink_nope'");
	});
});
