'use strict';
/**
 * The README's restricted-key rows for Price, Payment Link, Checkout Session, Coupon and Promotion
 * Code: each row's operations run with a key holding exactly its permissions (the emulator answers
 * Stripe's 403 for anything more), and one permission less is refused, so the check can fail.
 */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('../action/workflow');

const env = useEmulator();

const keyWith = (name, permissions) => {
	env.emu.control.restrictedKeys.define(name, permissions);
	return name;
};

async function runAction(apiKey, parameters) {
	const result = await runWorkflow({ workflow: stripeWorkflow(parameters), credentials: { stripeConnectorApi: { apiKey, baseUrl: env.emu.url } } });
	return { error: result.errorOf('Stripe'), items: result.outputOf('Stripe').map((item) => item.json) };
}

/** Objects made with the emulator's full secret key, for the restricted keys to read or change. */
async function post(path, body) {
	const response = await fetch(`${env.emu.url}${path}`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${env.emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded' },
		body,
	});
	return await response.json();
}

const refusedFor = (permission) => new RegExp(`Having the 'rak_${permission}' permission would allow this request to continue`);
const byId = (value) => ({ mode: 'id', value });

async function allPass(key, operations) {
	for (const parameters of operations) {
		const { error, items } = await runAction(key, parameters);
		expect([parameters.resource, parameters.operation, error?.message]).toEqual([parameters.resource, parameters.operation, undefined]);
		expect(items.length).toBeGreaterThan(0);
	}
}

const mug = () => post('/v1/prices', 'currency=usd&unit_amount=1500&product_data[name]=Mug');

describe('selling rows of the restricted-key table', () => {
	test('rows "Price → Get / Get Many / Search": Prices: Read and "Price → Create / Update": Prices: Write; Products: Write cannot create a price', async () => {
		const price = await mug();
		env.emu.control.clock.advance(120);
		await allPass(keyWith('rk_test_prices_read', ['Prices: Read']), [
			{ resource: 'price', operation: 'get', priceId: byId(price.id) },
			{ resource: 'price', operation: 'getAll' },
			{ resource: 'price', operation: 'search', query: "currency:'usd'" },
		]);
		await allPass(keyWith('rk_test_prices_write', ['Prices: Write']), [
			{ resource: 'price', operation: 'create', productId: byId(price.product), currency: 'usd', unitAmount: 900 },
			{ resource: 'price', operation: 'create', productSource: 'new', productName: 'Tea', currency: 'usd', unitAmount: 700 },
			{ resource: 'price', operation: 'update', priceId: byId(price.id), updateFields: { nickname: 'Mug' } },
		]);
		const refused = await runAction('rk_test_products_write', { resource: 'price', operation: 'create', productId: byId(price.product), currency: 'usd', unitAmount: 900 });
		expect(refused.error.message).toMatch(refusedFor('price_write'));
	});

	test('row "Product → Create" with a Default Price: Products: Write is enough', async () => {
		await allPass('rk_test_products_write', [
			{ resource: 'product', operation: 'create', name: 'Mug', additionalFields: { defaultPrice: { price: { currency: 'usd', unitAmount: 1500 } } } },
		]);
	});

	test('rows "Payment Link → Get / Get Many / Get Line Items": Payment Links: Read and "Payment Link → Create / Update": Payment Links: Write; Prices: Write is refused', async () => {
		const price = await mug();
		const write = keyWith('rk_test_payment_links_write', ['Payment Links: Write']);
		const created = await runAction(write, { resource: 'paymentLink', operation: 'create', lineItems: { lineItem: [{ price: price.id, quantity: 1 }] } });
		expect(created.error).toBeUndefined();
		const link = created.items[0].id;
		await allPass(write, [{ resource: 'paymentLink', operation: 'update', paymentLinkId: link, updateFields: { active: false } }]);
		await allPass(keyWith('rk_test_payment_links_read', ['Payment Links: Read']), [
			{ resource: 'paymentLink', operation: 'get', paymentLinkId: link },
			{ resource: 'paymentLink', operation: 'getAll' },
			{ resource: 'paymentLink', operation: 'getLineItems', paymentLinkId: link },
		]);
		const refused = await runAction('rk_test_prices_write', { resource: 'paymentLink', operation: 'create', lineItems: { lineItem: [{ price: price.id, quantity: 1 }] } });
		expect(refused.error.message).toMatch(refusedFor('payment_link_write'));
	});

	test('rows "Checkout Session → Get / Get Many": Checkout Sessions: Read and "Checkout Session → Create / Expire": Checkout Sessions: Write; Read cannot create', async () => {
		const price = await mug();
		const create = { resource: 'checkoutSession', operation: 'create', mode: 'payment', successUrl: 'https://shop.example.com/thanks', lineItems: { lineItem: [{ price: price.id, quantity: 1 }] } };
		const write = keyWith('rk_test_checkout_sessions_write', ['Checkout Sessions: Write']);
		const created = await runAction(write, create);
		expect(created.error).toBeUndefined();
		const session = created.items[0].id;
		await allPass('rk_test_checkout_sessions_read', [
			{ resource: 'checkoutSession', operation: 'get', checkoutSessionId: session, includeLineItems: true },
			{ resource: 'checkoutSession', operation: 'getAll' },
		]);
		await allPass(write, [{ resource: 'checkoutSession', operation: 'expire', checkoutSessionId: session }]);
		const refused = await runAction('rk_test_checkout_sessions_read', create);
		expect(refused.error.message).toMatch(refusedFor('checkout_session_write'));
	});

	test('rows "Coupon → Get / Get Many": Coupons: Read and "Coupon → Create / Update / Delete": Coupons: Write; Read cannot create', async () => {
		const write = keyWith('rk_test_coupons_write', ['Coupons: Write']);
		await allPass(write, [
			{ resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: 10, duration: 'once', additionalFields: { id: 'TEN' } },
			{ resource: 'coupon', operation: 'update', couponId: byId('TEN'), updateFields: { name: 'Ten' } },
		]);
		const read = keyWith('rk_test_coupons_read', ['Coupons: Read']);
		await allPass(read, [
			{ resource: 'coupon', operation: 'get', couponId: byId('TEN') },
			{ resource: 'coupon', operation: 'getAll' },
		]);
		await allPass(write, [{ resource: 'coupon', operation: 'delete', couponId: byId('TEN') }]);
		const refused = await runAction(read, { resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: 10, duration: 'once' });
		expect(refused.error.message).toMatch(refusedFor('coupon_write'));
	});

	test('rows "Promotion Code → Get / Get Many": Promotion Codes: Read and "Promotion Code → Create / Update": Promotion Codes: Write; Coupons: Write cannot create one', async () => {
		await post('/v1/coupons', 'id=SPRING&percent_off=15&duration=once');
		const write = keyWith('rk_test_promotion_codes_write', ['Promotion Codes: Write']);
		const created = await runAction(write, { resource: 'promotionCode', operation: 'create', couponId: byId('SPRING'), code: 'SPRING15' });
		expect(created.error).toBeUndefined();
		const code = created.items[0].id;
		await allPass(write, [{ resource: 'promotionCode', operation: 'update', promotionCodeId: code, updateFields: { active: false } }]);
		await allPass(keyWith('rk_test_promotion_codes_read', ['Promotion Codes: Read']), [
			{ resource: 'promotionCode', operation: 'get', promotionCodeId: code },
			{ resource: 'promotionCode', operation: 'getAll' },
		]);
		const refused = await runAction('rk_test_coupons_write', { resource: 'promotionCode', operation: 'create', couponId: byId('SPRING'), code: 'OTHER' });
		expect(refused.error.message).toMatch(refusedFor('promotion_code_write'));
	});
});
