'use strict';
/**
 * Restricted keys (`rk_test_…`) with a permission set, as made in Stripe's Dashboard: each resource
 * None, Read or Write (Write implies Read). A request the key may not make is answered as Stripe
 * does: 403, `type: invalid_request_error`, no code, and a message naming the missing permission —
 * "… does not have the required permissions for this endpoint on account '…'. Having the
 * 'rak_customer_write' permission would allow this request to continue."
 *
 * A request needs Read (GET) or Write (POST, DELETE) on the resource of its path, and Read on every
 * object it expands (`expand[]=data.payment_intent.latest_charge` reads payment intents and charges).
 * Resources come from the path (`/v1/checkout/sessions` → checkout_session); a permission is named
 * as in the Dashboard ("Checkout Sessions: Read", "PaymentIntents: Read", "Webhook Endpoints: Write").
 *
 * Stripe's messages seen in the wild name `rak_customer_read`, `rak_event_read`, `rak_subscription_read`;
 * the other names here follow that pattern. That an expansion needs Read on the expanded object is
 * how Stripe's permission model reads; the emulator enforces it so that the README cannot understate it.
 *
 * `control.restrictedKeys.define('rk_test_orders', ['Checkout Sessions: Read'])` adds a key;
 * KEYS below are the README's restricted-key table, one key per row.
 */
const { StripeError } = require('./resources');

const KEYS = {
	rk_test_customers_read: ['Customers: Read', 'Coupons: Read'],
	rk_test_customers_write: ['Customers: Write', 'Coupons: Read'],
	rk_test_products_read: ['Products: Read'],
	rk_test_products_write: ['Products: Write'],
	rk_test_charges_read: ['Charges: Read'],
	rk_test_invoices_read: ['Invoices: Read'],
	rk_test_invoices_write: ['Invoices: Write'],
	rk_test_checkout_sessions_read: ['Checkout Sessions: Read'],
	rk_test_subscriptions_read: ['Subscriptions: Read'],
	rk_test_subscriptions_write: ['Subscriptions: Write'],
	rk_test_meter_events_write: ['Meter Events: Write'],
	rk_test_customer_portal_write: ['Customer Portal: Write'],
	rk_test_charges_write: ['Charges: Write'],
	rk_test_payment_intents_read: ['PaymentIntents: Read'],
	rk_test_payment_intents_write: ['PaymentIntents: Write'],
	rk_test_refunds_read: ['Refunds: Read'],
	rk_test_refunds_write: ['Refunds: Write'],
	rk_test_balance_read: ['Balance: Read'],
};

/** Path segments whose resource is not simply the singular of the segment. */
const PATH_RESOURCES = { balance_transactions: 'balance', invoiceitems: 'invoice', checkout: 'checkout_session', webhook_endpoints: 'webhook_endpoint' };
/** Expandable fields whose resource is not their own name. */
// A customer's discount and its source are parts of the customer; the coupon under them is its own resource.
// A checkout session's line items are part of the session (Stripe has no permission of their own for them).
const FIELD_RESOURCES = { latest_charge: 'charge', default_price: 'price', discount: 'customer', source: 'customer', line_items: 'checkout_session' };

const mask = (key) => `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
/** "Checkout Sessions" and checkout_session name the same resource. */
const comparable = (text) => text.toLowerCase().replace(/[^a-z]/g, '').replace(/s$/, '');

class RestrictedKeys {
	constructor() {
		this.keys = new Map();
		for (const [key, permissions] of Object.entries(KEYS)) this.define(key, permissions);
	}

	/** `permissions`: ["Customers: Read", "Webhook Endpoints: Write", …]. */
	define(key, permissions) {
		const levels = new Map();
		for (const permission of permissions) {
			const match = /^(.+):\s*(Read|Write)$/i.exec(permission);
			if (!match) throw new Error(`restricted key permission "${permission}" is not "<Resource>: Read|Write"`);
			levels.set(comparable(match[1]), match[2].toLowerCase());
		}
		this.keys.set(key, levels);
	}

	has(key) {
		return this.keys.has(key);
	}

	/** Throws Stripe's 403 when the key lacks a permission the request needs; returns the key otherwise. */
	authorize(key, method, url, params) {
		const levels = this.keys.get(key);
		const level = method === 'GET' ? 'read' : 'write';
		const needed = [[resourceOfPath(url.pathname), level], ...expandedResources(params).map((resource) => [resource, 'read'])];
		for (const [resource, wanted] of needed) {
			const granted = levels.get(comparable(resource));
			if (granted === 'write' || granted === wanted) continue;
			throw new StripeError(403, {
				type: 'invalid_request_error',
				message: `The provided key '${mask(key)}' does not have the required permissions for this endpoint on account 'acct_emulator'. Having the 'rak_${resource}_${wanted}' permission would allow this request to continue.`,
			});
		}
		return key;
	}
}

/** Namespaced paths whose resource is named by the namespace and the collection (`/v1/billing/meter_events`). */
const NAMESPACE_RESOURCES = { billing: (collection) => singular(collection), billing_portal: () => 'customer_portal' };

const singular = (segment) => segment.replace(/ies$/, 'y').replace(/s$/, '');

function resourceOfPath(pathname) {
	const [, , segment = '', collection = ''] = pathname.split('/');
	if (NAMESPACE_RESOURCES[segment]) return NAMESPACE_RESOURCES[segment](collection);
	return PATH_RESOURCES[segment] ?? singular(segment);
}

function expandedResources(params) {
	const expand = params.expand ?? [];
	const paths = typeof expand === 'string' ? [expand] : Object.values(expand);
	return paths.flatMap((path) =>
		String(path)
			.split('.')
			.filter((field) => field !== 'data')
			.map((field) => FIELD_RESOURCES[field] ?? field),
	);
}

module.exports = { RestrictedKeys, RESTRICTED_KEYS: KEYS };
