'use strict';
/** The credential: how it authenticates, what it refuses, and what its test request meets on each kind of key. */
const { StripeConnectorApi } = require('../../credentials/StripeConnectorApi.credentials.ts');
const { startEmulator } = require('../emulator');

const credential = new StripeConnectorApi();
let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());

describe('Stripe Connector API credential', () => {
	test('attaches the key as a Bearer header and keeps the rest of the request', async () => {
		const request = await credential.authenticate({ apiKey: ' sk_test_xxxx ' }, { url: 'https://api.stripe.com/v1/customers', headers: { 'Stripe-Version': 'v' } });
		expect(request.headers).toEqual({ 'Stripe-Version': 'v', Authorization: 'Bearer sk_test_xxxx' });
	});

	test.each([['http://api.stripe.com/v1/customers'], ['http://10.1.2.3:8080/v1/customers']])('refuses to send the key in clear text to %s', async (url) => {
		await expect(credential.authenticate({ apiKey: 'sk_test_xxxx' }, { url })).rejects.toThrow(/refused: use https:\/\//);
	});

	test('accepts plain http on loopback, where the local emulator runs', async () => {
		await expect(credential.authenticate({ apiKey: 'sk_test_xxxx' }, { url: '/v1/customers', baseURL: emu.url })).resolves.toBeDefined();
	});

	test('its test request reads /v1/customers: fine for a customer-read restricted key, clear messages for 401 and 403', async () => {
		const { request, rules } = credential.test;
		expect(request.url).toBe('/v1/customers');
		const probe = async (key) => {
			const authed = await credential.authenticate({ apiKey: key }, { url: `${request.url}?limit=1`, baseURL: emu.url, headers: { 'Stripe-Version': '2026-10-28.endive' } });
			return (await fetch(new URL(authed.url, authed.baseURL), { headers: authed.headers })).status;
		};
		expect(await probe(emu.keys.test)).toBe(200);
		expect(await probe(emu.keys.restrictedRead)).toBe(200);
		const messages = Object.fromEntries(rules.map((rule) => [rule.properties.value, rule.properties.message]));
		expect(await probe(emu.keys.revoked)).toBe(401);
		expect(await probe('sk_test_unknownkey')).toBe(401);
		expect(messages[401]).toMatch(/wrong, expired or revoked/);
		expect(await probe(emu.keys.restrictedNone)).toBe(403);
		expect(messages[403]).toMatch(/lacks permission.*Customers: Read/);
	});

	test('defaults: Stripe\'s https base URL and the pinned acacia version', () => {
		const defaults = Object.fromEntries(credential.properties.map((p) => [p.name, p.default]));
		expect(defaults).toMatchObject({ baseUrl: 'https://api.stripe.com', apiVersion: '2026-10-28.endive' });
		expect(credential.properties.find((p) => p.name === 'apiKey').typeOptions.password).toBe(true);
	});
});
