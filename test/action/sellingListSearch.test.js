'use strict';
/** The Price and Coupon pickers ("From List"), through n8n-core's LoadOptionsContext. */
const { listSearch } = require('../harness');
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();
const search = (method, filter, paginationToken) => listSearch({ nodeType: 'stripeConnector', credentials: env.credentials, method, filter, paginationToken });

const { post } = emulatorApi(env);

describe('price and coupon pickers', () => {
	test('prices: active ones, labelled with product name, readable amount and interval; a filter narrows by name', async () => {
		const mug = await post('/v1/prices', 'currency=usd&unit_amount=1999&product_data[name]=Mug');
		const club = await post('/v1/prices', 'currency=jpy&unit_amount=1500&product_data[name]=Tea club&recurring[interval]=month&recurring[interval_count]=3');
		const old = await post('/v1/prices', 'currency=usd&unit_amount=100&product_data[name]=Old mug');
		await post(`/v1/prices/${old.id}`, 'active=false');
		const all = await search('searchPrices');
		expect(all.results).toEqual([
			{ name: 'Tea club · 1500 JPY / 3 month', value: club.id, url: `https://dashboard.stripe.com/prices/${club.id}` },
			{ name: 'Mug · 19.99 USD', value: mug.id, url: `https://dashboard.stripe.com/prices/${mug.id}` },
		]);
		expect((await search('searchPrices', 'tea')).results.map((r) => r.value)).toEqual([club.id]);
	});

	test('coupons: name and discount; a filter narrows by name or ID; pages continue with the last ID', async () => {
		await post('/v1/coupons', 'id=SUMMER&name=Summer sale&percent_off=25');
		await post('/v1/coupons', 'id=FIVE&amount_off=500&currency=usd');
		const found = await search('searchCoupons');
		expect(found.results.map((r) => r.name)).toEqual(['FIVE · 5.00 USD off', 'Summer sale · 25% off']);
		expect((await search('searchCoupons', 'summer')).results.map((r) => r.value)).toEqual(['SUMMER']);
		env.emu.control.createMany('coupon', 120, { percent_off: 5, duration: 'once', valid: true });
		const first = await search('searchCoupons');
		expect(first.results).toHaveLength(100);
		const second = await search('searchCoupons', undefined, first.paginationToken);
		expect(second.results).toHaveLength(22);
		expect(second.paginationToken).toBeUndefined();
	});
});
