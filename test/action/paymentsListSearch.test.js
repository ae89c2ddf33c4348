'use strict';
/** The Payment Intent and Charge pickers ("From List"), through n8n-core's LoadOptionsContext. */
const { listSearch } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { paidIntent } = require('./payments');

const env = useEmulator();
const search = (method, filter, paginationToken) => listSearch({ nodeType: 'stripeConnector', credentials: env.credentials, method, filter, paginationToken });

describe('payment intent and charge pickers', () => {
	test('newest first, labelled with the readable amount, status, receipt email and day; a filter narrows by any of them or the ID', async () => {
		env.emu.control.clock.setNow(Date.parse('2026-11-30T12:00:00Z') / 1000);
		const [ada] = env.emu.control.createObjects('customer', [{ email: 'ada@example.com' }]);
		const small = await paidIntent(env, { amount: 1999, customer: ada.id });
		env.emu.control.updateObject('payment_intent', small.id, { receipt_email: 'ada@example.com' });
		env.emu.control.updateObject('charge', small.latest_charge, { receipt_email: 'ada@example.com' });
		const big = await paidIntent(env, { amount: 500, currency: 'jpy', manual: true });
		const intents = await search('searchPaymentIntents');
		expect(intents.results).toEqual([
			{ name: '500 JPY · requires_capture · 2026-11-30', value: big.id, url: `https://dashboard.stripe.com/payments/${big.id}` },
			{ name: '19.99 USD · succeeded · ada@example.com · 2026-11-30', value: small.id, url: `https://dashboard.stripe.com/payments/${small.id}` },
		]);
		expect((await search('searchPaymentIntents', 'ADA@')).results.map((r) => r.value)).toEqual([small.id]);
		expect((await search('searchPaymentIntents', big.id.slice(3))).results.map((r) => r.value)).toEqual([big.id]);
		const charges = await search('searchCharges', 'usd');
		expect(charges.results).toEqual([{ name: '19.99 USD · succeeded · ada@example.com · 2026-11-30', value: small.latest_charge, url: `https://dashboard.stripe.com/payments/${small.latest_charge}` }]);
	});
});
