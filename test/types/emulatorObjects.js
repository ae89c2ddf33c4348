'use strict';
/**
 * One producer per key of EmulatorObjects (emulatorObjects.types.ts): each gets an object of that
 * kind from the emulator over HTTP, at the pinned Stripe-Version, as the nodes would see it.
 * `stripe(method, path, form?)` calls the emulator; `emu` is the running emulator (its control).
 */
const { receiveWebhooks } = require('../support/webhookReceiver');

const PAID_INTENT = {
	amount: '2000',
	currency: 'usd',
	description: 'Order 1042',
	payment_method: 'pm_card_visa',
	confirm: 'true',
	'automatic_payment_methods[enabled]': 'true',
	'automatic_payment_methods[allow_redirects]': 'never',
};

const producers = {
	customer: ({ stripe }) => stripe('POST', '/v1/customers', { email: 'ada@example.com', name: 'Ada', business_name: 'Analytical Engines' }),
	product: ({ stripe }) => stripe('POST', '/v1/products', { name: 'Gold plan', 'metadata[caption]': 'Our best seller', url: 'https://example.com/gold' }),
	charge: ({ stripe, emu }) => {
		const [charge] = emu.control.createObjects('charge', [{ amount: 2599, customer: 'cus_x', invoice: 'in_1' }]);
		return stripe('GET', `/v1/charges/${charge.id}`);
	},
	invoiceItem: ({ stripe, emu }) => {
		const [item] = emu.control.createObjects('invoiceitem', [{ amount: 500, customer: 'cus_y', subscription: 'sub_1' }]);
		return stripe('GET', `/v1/invoiceitems/${item.id}`);
	},
	invoiceItemOnInvoice: async ({ stripe }) => (await invoiceWithLines(stripe)).item,
	invoice: async ({ stripe }) => (await invoiceWithLines(stripe)).invoice,
	checkoutSession: ({ stripe, emu }) => {
		const shipping = { name: 'Ada', address: { city: 'London', country: 'GB', line1: '1 Way', line2: null, postal_code: 'N1', state: null } };
		const [session] = emu.control.createObjects('checkout.session', [{ status: 'complete', payment_status: 'paid', amount_total: 4200, shipping_details: shipping }]);
		return stripe('GET', `/v1/checkout/sessions/${session.id}`);
	},
	invoicePayment: async ({ stripe, emu }) => {
		const [charge] = emu.control.createObjects('charge', [{ amount: 100, invoice: 'in_2' }]);
		const list = await stripe('GET', `/v1/invoice_payments?payment[type]=payment_intent&payment[payment_intent]=${charge.payment_intent}`);
		return list.data[0];
	},
	webhookEndpoint: async ({ stripe }) => {
		const endpoint = await stripe('POST', '/v1/webhook_endpoints', { url: 'https://example.com/hook', 'enabled_events[0]': 'customer.created', description: 'n8n' });
		// The signing secret is answered once; keep a placeholder rather than a secret-shaped value.
		return { ...endpoint, secret: 'whsec_xxxx' };
	},
	paymentIntent: ({ stripe }) => stripe('POST', '/v1/payment_intents', PAID_INTENT),
	paidCharge: async ({ stripe }) => stripe('GET', `/v1/charges/${(await stripe('POST', '/v1/payment_intents', PAID_INTENT)).latest_charge}`),
	refund: async ({ stripe }) => stripe('POST', '/v1/refunds', { payment_intent: (await stripe('POST', '/v1/payment_intents', PAID_INTENT)).id, amount: '500', reason: 'requested_by_customer' }),
	balance: async ({ stripe }) => {
		await stripe('POST', '/v1/payment_intents', PAID_INTENT);
		return stripe('GET', '/v1/balance');
	},
	balanceTransaction: async ({ stripe }) => {
		const charge = await stripe('GET', `/v1/charges/${(await stripe('POST', '/v1/payment_intents', PAID_INTENT)).latest_charge}`);
		return stripe('GET', `/v1/balance_transactions/${charge.balance_transaction}`);
	},
	event: async ({ stripe, emu }) => {
		const receiver = await receiveWebhooks();
		try {
			await stripe('POST', '/v1/webhook_endpoints', { url: receiver.url, 'enabled_events[0]': 'customer.created', api_version: stripe.version });
			await stripe('POST', '/v1/customers', { email: 'event@example.com' });
			await emu.control.webhooks.idle();
			return receiver.events[0];
		} finally {
			await receiver.close();
		}
	},
};

/** A finalized invoice with a price line (an invoice item made with `pricing[price]`) and an amount line. */
async function invoiceWithLines(stripe) {
	const customer = await stripe('POST', '/v1/customers', { email: 'billing@example.com', name: 'Billing' });
	const price = await stripe('POST', '/v1/prices', { currency: 'usd', unit_amount: '1500', 'product_data[name]': 'Seat' });
	const draft = await stripe('POST', '/v1/invoices', { customer: customer.id, collection_method: 'send_invoice', days_until_due: '30', 'metadata[crm]': '42' });
	const item = await stripe('POST', '/v1/invoiceitems', { customer: customer.id, invoice: draft.id, 'pricing[price]': price.id, quantity: '2' });
	await stripe('POST', '/v1/invoiceitems', { customer: customer.id, invoice: draft.id, amount: '250', currency: 'usd', description: 'Shipping' });
	const invoice = await stripe('POST', `/v1/invoices/${draft.id}/finalize`, {});
	return { invoice, item: await stripe('GET', `/v1/invoiceitems/${item.id}`) };
}

/** A caller of the emulator's API at `version`, with a test key. */
function stripeAt(emu, version) {
	const call = async (method, path, form) => {
		const response = await fetch(`${emu.url}${path}`, {
			method,
			headers: { Authorization: `Bearer ${emu.keys.test}`, 'Stripe-Version': version, 'Content-Type': 'application/x-www-form-urlencoded' },
			body: form ? new URLSearchParams(form).toString() : undefined,
		});
		const body = await response.json();
		if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(body)}`);
		return body;
	};
	call.version = version;
	return call;
}

/** Every producer's object, keyed as EmulatorObjects. */
async function emulatorObjects(emu, version) {
	const stripe = stripeAt(emu, version);
	const objects = {};
	for (const [key, produce] of Object.entries(producers)) {
		emu.control.reset();
		objects[key] = await produce({ stripe, emu });
	}
	return objects;
}

module.exports = { emulatorObjects };
