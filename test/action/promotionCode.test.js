'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const PROMO_RESPONSE = ['active', 'code', 'coupon', 'created', 'customer', 'expires_at', 'first_time_transaction', 'id', 'max_redemptions', 'metadata', 'minimum_amount', 'minimum_amount_currency', 'minimum_amount_formatted', 'times_redeemed'];

async function coupon(id) {
	await run({ resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: 15, duration: 'once', additionalFields: { id } });
	return id;
}

const create = (couponId, extra = {}) => run({ resource: 'promotionCode', operation: 'create', couponId: { mode: 'id', value: couponId }, ...extra });

describe('Promotion Code', () => {
	test('Create with code, max redemptions, expiry, first-time-order and minimum-amount restrictions (endive: promotion.coupon)', async () => {
		const id = await coupon('SPRING');
		const expiresAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
		const result = await create(id, {
			code: 'SPRING15',
			additionalFields: { maxRedemptions: 50, expiresAt, firstTimeTransaction: true, minimumAmount: 5000, minimumAmountCurrency: 'usd' },
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(PROMO_RESPONSE);
		expect(out).toMatchObject({ code: 'SPRING15', coupon: 'SPRING', active: true, max_redemptions: 50, first_time_transaction: true, minimum_amount: 5000, minimum_amount_formatted: '50.00 USD' });
		expect(env.emu.control.list('promotion_code')[0].promotion).toEqual({ coupon: 'SPRING', type: 'coupon' });
	});

	test('Stripe generates a code when none is given; an active code cannot exist twice', async () => {
		const id = await coupon('AUTO');
		const generated = await create(id);
		expect(generated.outputOf('Stripe')[0].json.code).toMatch(/^[A-Z0-9]{8}$/);
		await create(id, { code: 'ONCE' });
		const twice = await create(id, { code: 'once' });
		expect(twice.errorOf('Stripe').message).toMatch(/An active promotion code with `code: once` already exists/);
	});

	test.each([
		['a minimum amount without currency', { additionalFields: { minimumAmount: 5000 } }, /^Item 1: "Minimum Amount Currency" is required with "Minimum Amount"/],
		['a minimum amount in dollars', { additionalFields: { minimumAmount: 49.5, minimumAmountCurrency: 'usd' } }, /^Item 1: "Minimum Amount" must be a whole number/],
		['a code with spaces', { code: 'SAVE 10' }, /^Item 1: "Code" "SAVE 10" may contain only letters and digits/],
	])('bad input (%s) fails before any request', async (_name, change, message) => {
		const result = await create('ANY', change);
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('a deleted coupon cannot get a promotion code (Stripe names promotion[coupon])', async () => {
		const id = await coupon('GONE');
		await run({ resource: 'coupon', operation: 'delete', couponId: { mode: 'id', value: id } });
		const result = await create(id, { code: 'LATE' });
		expect(result.errorOf('Stripe').message).toBe("Stripe: No such coupon: 'GONE'");
		expect(result.errorOf('Stripe').description).toMatch(/param: promotion\[coupon\]/);
	});

	test('Get, Get Many (active, code, coupon), Update active and metadata', async () => {
		const a = await coupon('A');
		const b = await coupon('B');
		const first = (await create(a, { code: 'ALPHA' })).outputOf('Stripe')[0].json;
		await create(b, { code: 'BETA' });
		const got = await run({ resource: 'promotionCode', operation: 'get', promotionCodeId: first.id });
		expect(got.outputOf('Stripe')[0].json).toMatchObject({ id: first.id, code: 'ALPHA', coupon: 'A' });
		const many = (filters) => run({ resource: 'promotionCode', operation: 'getAll', returnAll: true, filters }).then((r) => r.outputOf('Stripe').map((i) => i.json.code));
		expect(await many({ code: 'alpha' })).toEqual(['ALPHA']);
		expect(await many({ coupon: 'B' })).toEqual(['BETA']);
		const off = await run({ resource: 'promotionCode', operation: 'update', promotionCodeId: first.id, updateFields: { active: false, metadata: { metadataValues: [{ key: 'why', value: 'leaked' }] } } });
		expect(off.outputOf('Stripe')[0].json).toMatchObject({ active: false, metadata: { why: 'leaked' } });
		expect(await many({ active: true })).toEqual(['BETA']);
		expect(await many({ active: false })).toEqual(['ALPHA']);
	});
});
