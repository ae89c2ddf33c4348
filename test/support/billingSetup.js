'use strict';
/** Customers, recurring prices and subscriptions made through the emulator's API, as a test's starting point. */
function billingSetup(env) {
	async function call(method, path, body = '') {
		const response = await fetch(`${env.emu.url}${path}`, {
			method,
			headers: { Authorization: `Bearer ${env.emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded' },
			body: method === 'GET' ? undefined : body,
		});
		const json = await response.json();
		if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(json.error)}`);
		return json;
	}
	const customer = (email = 'ada@example.com') => call('POST', '/v1/customers', `email=${encodeURIComponent(email)}`);
	const monthly = (cents, name = 'Plan') => call('POST', '/v1/prices', `currency=usd&unit_amount=${cents}&recurring[interval]=month&product_data[name]=${encodeURIComponent(name)}`);
	const subscribe = (customerId, prices, extra = '') =>
		call('POST', '/v1/subscriptions', `customer=${customerId}&${prices.map((price, index) => `items[${index}][price]=${price}`).join('&')}${extra}`);
	return { call, customer, monthly, subscribe };
}

module.exports = { billingSetup };
