'use strict';
/** Paid payment intents made straight on the emulator (as a shop's checkout would), for the payments tests. */
async function paidIntent(env, { amount = 2000, currency = 'usd', customer, manual = false } = {}) {
	const body = new URLSearchParams({
		amount: String(amount),
		currency,
		payment_method: 'pm_card_visa',
		confirm: 'true',
		'automatic_payment_methods[enabled]': 'true',
		'automatic_payment_methods[allow_redirects]': 'never',
		...(customer ? { customer } : {}),
		...(manual ? { capture_method: 'manual' } : {}),
	});
	const response = await fetch(`${env.emu.url}/v1/payment_intents`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${env.emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded' },
		body,
	});
	const intent = await response.json();
	if (!response.ok) throw new Error(JSON.stringify(intent));
	return intent;
}

/** Requests the node sent, by method and path prefix (what the user would see in Stripe's request log). */
const sent = (env, method, path) => env.emu.control.requestLog().filter((entry) => entry.method === method && entry.path.startsWith(path));

module.exports = { paidIntent, sent };
