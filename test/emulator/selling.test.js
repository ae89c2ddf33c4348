'use strict';
/** The emulator's selling area: Stripe's state changes, the errors users meet, and the events they announce. */
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();

const { call } = emulatorApi(env);

describe('emulator: selling', () => {
	test('each creation and state change records and announces its event (held deliveries show the types in order)', async () => {
		env.emu.control.webhooks.configure({ down: true });
		await call('POST', '/v1/webhook_endpoints', 'url=https://hooks.example.com/stripe&enabled_events[0]=*');
		const product = (await call('POST', '/v1/products', 'name=Mug&default_price_data[currency]=usd&default_price_data[unit_amount]=1500')).body;
		await call('POST', `/v1/prices/${product.default_price}`, 'nickname=Retail');
		const link = (await call('POST', '/v1/payment_links', `line_items[0][price]=${product.default_price}&line_items[0][quantity]=1`)).body;
		await call('POST', `/v1/payment_links/${link.id}`, 'active=false');
		const session = (await call('POST', '/v1/checkout/sessions', `mode=payment&success_url=https://e.example/ok&line_items[0][price]=${product.default_price}&line_items[0][quantity]=1`)).body;
		await call('POST', `/v1/checkout/sessions/${session.id}/expire`, '');
		await call('POST', '/v1/coupons', 'id=TEN&percent_off=10');
		await call('POST', '/v1/promotion_codes', 'promotion[type]=coupon&promotion[coupon]=TEN&code=TENOFF');
		await call('DELETE', '/v1/coupons/TEN');
		env.emu.control.webhooks.discardHeld();
		expect(env.emu.control.webhooks.deliveries().map((delivery) => delivery.type)).toEqual([
			'product.created',
			'price.created',
			'price.updated',
			'payment_link.created',
			'payment_link.updated',
			'checkout.session.expired',
			'coupon.created',
			'promotion_code.created',
			'coupon.deleted',
		]);
		const [created] = env.emu.control.events('price.created');
		expect(created).toMatchObject({ object: 'event', type: 'price.created', data: { object: { id: product.default_price, unit_amount: 1500 } } });
		expect(env.emu.control.events().map((event) => event.type)[0]).toBe('coupon.deleted');
	});

	test.each([
		['a price without product', '/v1/prices', 'currency=usd&unit_amount=100', { code: 'parameter_missing', param: 'product' }],
		['a price with both amounts', '/v1/prices', 'currency=usd&unit_amount=100&unit_amount_decimal=1.5&product_data[name]=X', { code: 'parameters_exclusive' }],
		['a coupon with both percent and amount off', '/v1/coupons', 'percent_off=10&amount_off=100&currency=usd', { code: 'parameters_exclusive', message: 'You may only specify one of these parameters: amount_off, percent_off.' }],
		['a repeating coupon without months', '/v1/coupons', 'percent_off=10&duration=repeating', { code: 'parameter_missing', param: 'duration_in_months' }],
		['an amount-off coupon without currency', '/v1/coupons', 'amount_off=100', { code: 'parameter_missing', param: 'currency' }],
		['a promotion code the acacia way (coupon=…)', '/v1/promotion_codes', 'coupon=TEN', { code: 'parameter_unknown', param: 'coupon' }],
		['a checkout session with payment_method_types (removed in endive)', '/v1/checkout/sessions', 'mode=payment&payment_method_types[0]=card', { code: 'parameter_unknown', param: 'payment_method_types' }],
		['a setup session without currency', '/v1/checkout/sessions', 'mode=setup&success_url=https://e.example/ok', { code: 'parameter_missing', param: 'currency' }],
	])('%s is refused as Stripe refuses it', async (_name, path, body, error) => {
		const answer = await call('POST', path, body);
		expect(answer.status).toBe(400);
		expect(answer.body.error).toMatchObject({ type: 'invalid_request_error', ...error });
	});

	test('a deactivated link keeps its URL and line items; an expired session loses its URL; a deleted coupon is gone', async () => {
		const price = (await call('POST', '/v1/prices', 'currency=eur&unit_amount=500&product_data[name]=Pin')).body;
		const link = (await call('POST', '/v1/payment_links', `line_items[0][price]=${price.id}&line_items[0][quantity]=2`)).body;
		const off = (await call('POST', `/v1/payment_links/${link.id}`, 'active=false')).body;
		expect(off).toMatchObject({ active: false, url: link.url });
		expect((await call('GET', `/v1/payment_links/${link.id}/line_items`)).body.data).toEqual([expect.objectContaining({ quantity: 2, amount_total: 1000, currency: 'eur' })]);
		const session = (await call('POST', '/v1/checkout/sessions', `mode=payment&success_url=https://e.example/ok&line_items[0][price]=${price.id}&line_items[0][quantity]=1`)).body;
		expect((await call('POST', `/v1/checkout/sessions/${session.id}/expire`, '')).body).toMatchObject({ status: 'expired', url: null });
		await call('POST', '/v1/coupons', 'id=GONE&percent_off=5');
		expect((await call('DELETE', '/v1/coupons/GONE')).body).toEqual({ id: 'GONE', object: 'coupon', deleted: true });
		expect((await call('GET', '/v1/coupons/GONE')).status).toBe(404);
	});
});
