'use strict';
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const env = useEmulator();

const run = (parameters, items, settings) => runWorkflow({ workflow: stripeWorkflow(parameters, settings), credentials: env.credentials, items });
const COUPON_RESPONSE = ['amount_off', 'amount_off_formatted', 'created', 'currency', 'duration', 'duration_in_months', 'id', 'max_redemptions', 'metadata', 'name', 'percent_off', 'redeem_by', 'times_redeemed', 'valid'];
const byId = (value) => ({ mode: 'id', value });

describe('Coupon', () => {
	test('Create percent off, repeating for 3 months, with ID, name, max redemptions and redeem-by date', async () => {
		const redeemBy = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
		const result = await run({
			resource: 'coupon',
			operation: 'create',
			discountType: 'percent',
			percentOff: 25.5,
			duration: 'repeating',
			durationInMonths: 3,
			additionalFields: { id: 'FALL25', name: 'Fall sale', maxRedemptions: 100, redeemBy },
		});
		expect(result.error).toBeUndefined();
		const out = result.outputOf('Stripe')[0].json;
		expect(Object.keys(out).sort()).toEqual(COUPON_RESPONSE);
		expect(out).toMatchObject({ id: 'FALL25', percent_off: 25.5, amount_off: null, amount_off_formatted: null, duration: 'repeating', duration_in_months: 3, name: 'Fall sale', max_redemptions: 100, valid: true });
		expect(Date.parse(out.redeem_by)).toBe(Math.floor(Date.parse(redeemBy) / 1000) * 1000);
	});

	test('items of one run with the same coupon ID go in input order: the first is created, the next is refused', async () => {
		// The first item's connection drops once: its retry comes after the second item could have gone.
		env.emu.control.injectFaults([{ kind: 'drop-before', match: { method: 'POST', path: '/v1/coupons', body: 'percent_off=10&' } }]);
		const items = [{ percent: 10 }, { percent: 20 }];
		const result = await run(
			{ resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: '={{ $json.percent }}', additionalFields: { id: 'WELCOME' }, options: { requestsPerSecond: 1000 } },
			items,
			{ onError: 'continueRegularOutput' },
		);
		const out = result.outputOf('Stripe').map((item) => item.json);
		expect(out[0]).toMatchObject({ id: 'WELCOME', percent_off: 10 });
		expect(out[1].error).toMatchObject({ code: 'resource_already_exists', param: 'id' });
		expect(env.emu.control.list('coupon').map((coupon) => coupon.percent_off)).toEqual([10]);
	});

	test('Create amount off in a zero-decimal currency, forever', async () => {
		const result = await run({ resource: 'coupon', operation: 'create', discountType: 'amount', amountOff: 500, currency: 'JPY', duration: 'forever' });
		expect(result.outputOf('Stripe')[0].json).toMatchObject({ amount_off: 500, currency: 'jpy', amount_off_formatted: '500 JPY', duration: 'forever', duration_in_months: null });
	});

	test.each([
		['an amount in dollars', { discountType: 'amount', amountOff: 4.5, currency: 'usd' }, /^Item 1: "Amount Off" must be a whole number in the smallest unit of USD/],
		['an amount off of 0', { discountType: 'amount', amountOff: 0, currency: 'usd' }, /^Item 1: "Amount Off" must be at least 1/],
		['more than 100 percent', { percentOff: '={{ 120 }}' }, /^Item 1: "Percent Off" must be more than 0 and at most 100/],
		['a redeem-by date in the past', { additionalFields: { redeemBy: '2020-01-01T00:00:00' } }, /^Item 1: "Redeem By" must be in the future/],
	])('bad input (%s) fails before any request', async (_name, change, message) => {
		const result = await run({ resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: 10, duration: 'once', ...change });
		expect(result.errorOf('Stripe').message).toMatch(message);
		expect(env.emu.control.stats().requests).toBe(0);
	});

	test('Get, Get Many, Update name and metadata, Delete; a deleted coupon is gone', async () => {
		await run({ resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: 10, duration: 'once', additionalFields: { id: 'TEN' } });
		await run({ resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: 20, duration: 'once', additionalFields: { id: 'TWENTY' } });
		const many = await run({ resource: 'coupon', operation: 'getAll', returnAll: true });
		expect(many.outputOf('Stripe').map((item) => item.json.id)).toEqual(['TWENTY', 'TEN']);
		const updated = await run({ resource: 'coupon', operation: 'update', couponId: byId('TEN'), updateFields: { name: 'Ten off', metadata: { metadataValues: [{ key: 'team', value: 'growth' }] } } });
		expect(updated.outputOf('Stripe')[0].json).toMatchObject({ id: 'TEN', name: 'Ten off', percent_off: 10, metadata: { team: 'growth' } });
		expect((await run({ resource: 'coupon', operation: 'get', couponId: { mode: 'list', value: 'TEN' } })).outputOf('Stripe')[0].json.name).toBe('Ten off');
		const deleted = await run({ resource: 'coupon', operation: 'delete', couponId: byId('TEN') });
		expect(deleted.outputOf('Stripe')[0].json).toEqual({ id: 'TEN', deleted: true });
		const gone = await run({ resource: 'coupon', operation: 'get', couponId: byId('TEN') });
		expect(gone.errorOf('Stripe').message).toBe("Stripe: No such coupon: 'TEN'");
		const taken = await run({ resource: 'coupon', operation: 'create', discountType: 'percent', percentOff: 25, duration: 'once', additionalFields: { id: 'TWENTY' } });
		expect(taken.errorOf('Stripe').message).toBe('Stripe: Coupon already exists.');
		expect(taken.errorOf('Stripe').description).toMatch(/code: resource_already_exists/);
	});
});
