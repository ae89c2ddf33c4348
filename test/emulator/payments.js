'use strict';
/**
 * Payments: payment intents, charges, refunds, the balance and balance transactions, in the shapes
 * of the pinned 2026-10-28.endive line (PaymentIntent create has no `payment_method_types`).
 *
 * A payment intent confirmed with a test payment method (`pm_card_visa`, …) makes its charge: with
 * `capture_method=manual` the charge is authorized only (`requires_capture`) until captured;
 * otherwise it succeeds at once. A captured charge and a refund each make one balance transaction.
 * A refund reduces the charge (`amount_refunded` grows, `refunded` once it is whole); refunding more
 * than is left, capturing a canceled intent and cancelling a succeeded one fail as Stripe fails them.
 * Every state change announces Stripe's event; `*.updated` events carry the changed fields' old values.
 */
const { randomBytes } = require('node:crypto');
const { StripeError, missing } = require('./resources');
const { retrieveHandler, searchHandler } = require('./handlers');
const { operationSchema } = require('./validate');
const { applyMetadata } = require('./selling');

const prefixes = { payment_intent: 'pi_', refund: 're_', balance_transaction: 'txn_' };
const creationEvents = { payment_intent: 'payment_intent.created', refund: 'refund.created' };

const DAY = 24 * 3600;
const invalid = (message, param, code = 'parameter_invalid') => new StripeError(400, { type: 'invalid_request_error', code, param, message });
const unexpectedState = (message) => new StripeError(400, { type: 'invalid_request_error', code: 'payment_intent_unexpected_state', message });

function announce(emu, type, object, previous) {
	emu.webhooks.announce(type, object, previous);
	return object;
}

/** The old values of `fields` (for `data.previous_attributes`), then `changes` applied. */
function change(object, changes) {
	const previous = {};
	for (const [field, value] of Object.entries(changes)) {
		if (JSON.stringify(object[field]) === JSON.stringify(value)) continue;
		previous[field] = structuredClone(object[field] ?? null);
		object[field] = value;
	}
	return previous;
}

/** "$10.00" as Stripe writes amounts in its refund errors (other currencies: "10.00 EUR"). */
function money(amount, currency) {
	const zero = ['jpy', 'krw', 'vnd', 'clp', 'isk', 'ugx', 'xaf', 'xof'].includes(currency);
	const text = zero ? String(amount) : (amount / 100).toFixed(2);
	return currency === 'usd' ? `$${text}` : `${text} ${currency.toUpperCase()}`;
}

// ---- Balance transactions and the balance

function addBalanceTransaction(emu, { amount, currency, type, source, fee = 0, availableOn }) {
	const created = emu.now();
	return emu.store.insert(
		'balance_transaction',
		emu.store.build('balance_transaction', {
			object: 'balance_transaction',
			amount,
			available_on: availableOn ?? created,
			balance_type: 'payments',
			created,
			currency,
			description: null,
			exchange_rate: null,
			fee,
			fee_details: fee ? [{ amount: fee, application: null, currency, description: 'Stripe processing fees', type: 'stripe_fee' }] : [],
			net: amount - fee,
			reporting_category: type,
			source,
			status: availableOn && availableOn > created ? 'pending' : 'available',
			type,
		}),
	);
}

/** Available funds are what has reached `available_on`; the rest is pending — per currency, as Stripe lists them. */
function balance(emu) {
	const sums = { available: new Map(), pending: new Map() };
	for (const txn of emu.store.all('balance_transaction')) {
		const bucket = txn.available_on <= emu.now() ? sums.available : sums.pending;
		bucket.set(txn.currency, (bucket.get(txn.currency) ?? 0) + txn.net);
	}
	const entries = (map) => (map.size ? [...map] : [['usd', 0]]).map(([currency, amount]) => ({ amount, currency, source_types: { card: amount } }));
	return { object: 'balance', available: entries(sums.available), livemode: emu.livemode, pending: entries(sums.pending) };
}

function listBalanceTransactions(emu, params) {
	const equal = ['type', 'source', 'currency', 'payout'].filter((field) => params[field] !== undefined);
	const filter = (txn) => equal.every((field) => txn[field] === params[field]);
	const page = emu.list('balance_transaction', params, equal.length ? filter : undefined);
	return { object: 'list', url: '/v1/balance_transactions', has_more: page.has_more, data: page.data };
}

// ---- Charges

/** Test payment methods that succeed; Stripe's test cards that decline are not modelled. */
const TEST_PAYMENT_METHODS = /^(pm_card_[a-z_]+|pm_[A-Za-z0-9]+)$/;

function makeCharge(emu, intent, captured) {
	const charge = emu.store.build('charge', {
		amount: intent.amount,
		amount_captured: captured ? intent.amount : 0,
		amount_refunded: 0,
		balance_transaction: null,
		billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null, phone: null, tax_id: null },
		captured,
		created: emu.now(),
		currency: intent.currency,
		customer: intent.customer,
		description: intent.description,
		livemode: emu.livemode,
		metadata: { ...intent.metadata },
		outcome: {
			advice_code: null,
			network_advice_code: null,
			network_decline_code: null,
			network_status: 'approved_by_network',
			reason: null,
			risk_level: 'normal',
			seller_message: 'Payment complete.',
			type: 'authorized',
		},
		paid: true,
		payment_intent: intent.id,
		payment_method: intent.payment_method,
		receipt_email: intent.receipt_email,
		refunded: false,
		refunds: { object: 'list', data: [], has_more: false, url: '' },
		status: 'succeeded',
	});
	charge.refunds.url = `/v1/charges/${charge.id}/refunds`;
	if (captured) settle(emu, charge);
	return emu.store.insert('charge', charge);
}

/** A captured charge's balance transaction: Stripe's 2.9% + 30 fee (in USD terms), available two days later. */
function settle(emu, charge) {
	const fee = Math.round(charge.amount_captured * 0.029) + 30;
	charge.balance_transaction = addBalanceTransaction(emu, { amount: charge.amount_captured, currency: charge.currency, type: 'charge', source: charge.id, fee, availableOn: emu.now() + 2 * DAY }).id;
}

function listCharges(emu, params) {
	const equal = ['customer', 'payment_intent'].filter((field) => params[field] !== undefined);
	const filter = (charge) => equal.every((field) => charge[field] === params[field]);
	const page = emu.list('charge', params, equal.length ? filter : undefined);
	return { object: 'list', url: '/v1/charges', has_more: page.has_more, data: page.data };
}

function updateCharge(emu, id, params) {
	const charge = emu.store.get('charge', id);
	if (!charge) throw missing('charge', id, 'charge');
	const changes = {};
	for (const field of ['description', 'receipt_email']) if (field in params) changes[field] = params[field] === '' ? null : params[field];
	const previous = change(charge, changes);
	if (params.metadata !== undefined) {
		const before = structuredClone(charge.metadata);
		applyMetadata(charge, params.metadata);
		if (JSON.stringify(before) !== JSON.stringify(charge.metadata)) previous.metadata = before;
	}
	return announce(emu, 'charge.updated', charge, previous);
}

// ---- Payment intents

const CANCELABLE = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'];

function createPaymentIntent(emu, params) {
	if (params.amount < 50 && params.currency === 'usd') throw invalid('Amount must be at least $0.50 usd', 'amount', 'amount_too_small');
	if (params.customer !== undefined && !emu.store.get('customer', params.customer)) throw missing('customer', params.customer, 'customer');
	if (params.confirm && !params.payment_method) {
		throw invalid('You cannot confirm this PaymentIntent because it\'s missing a payment method. To confirm the PaymentIntent with a payment method, pass `payment_method`.', 'payment_method', 'payment_intent_unexpected_state');
	}
	if (params.payment_method && !TEST_PAYMENT_METHODS.test(params.payment_method)) throw missing('PaymentMethod', params.payment_method, 'payment_method');
	const automatic = params.automatic_payment_methods ?? { enabled: true };
	if (params.confirm && automatic.enabled && automatic.allow_redirects !== 'never' && !params.return_url) {
		throw invalid(
			'This PaymentIntent is configured to accept payment methods enabled in your Dashboard. Because some of these payment methods might redirect your customer off of your page, you must provide a `return_url`. If you don\'t want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.',
			'return_url',
		);
	}
	const captureMethod = params.capture_method ?? 'automatic_async';
	const intent = emu.store.build('payment_intent', {
		object: 'payment_intent',
		allowed_payment_method_types: null,
		amount: params.amount,
		amount_capturable: 0,
		amount_received: 0,
		application: null,
		application_fee_amount: null,
		automatic_payment_methods: automatic.enabled ? { allow_redirects: automatic.allow_redirects ?? 'always', enabled: true } : null,
		canceled_at: null,
		cancellation_reason: null,
		capture_method: captureMethod,
		client_secret: null,
		confirmation_method: 'automatic',
		created: emu.now(),
		currency: params.currency,
		customer: params.customer ?? null,
		customer_account: null,
		description: params.description ?? null,
		excluded_payment_method_types: null,
		last_payment_error: null,
		latest_charge: null,
		livemode: emu.livemode,
		managed_payments: null,
		metadata: {},
		next_action: null,
		on_behalf_of: null,
		payment_method: params.payment_method ?? null,
		payment_method_configuration_details: null,
		payment_method_options: null,
		payment_method_types: ['card'],
		payment_record: null,
		processing: null,
		receipt_email: params.receipt_email ?? null,
		review: null,
		setup_future_usage: null,
		shipping: null,
		source: null,
		statement_descriptor: params.statement_descriptor ?? null,
		statement_descriptor_suffix: null,
		transfer_group: null,
		status: params.payment_method ? 'requires_confirmation' : 'requires_payment_method',
	});
	intent.client_secret = `${intent.id}_secret_${randomBytes(12).toString('hex')}`;
	applyMetadata(intent, params.metadata);
	emu.store.insert('payment_intent', intent);
	if (params.confirm) confirm(emu, intent);
	return intent;
}

function confirm(emu, intent) {
	const manual = intent.capture_method === 'manual';
	const charge = makeCharge(emu, intent, !manual);
	Object.assign(intent, { latest_charge: charge.id });
	if (manual) {
		Object.assign(intent, { status: 'requires_capture', amount_capturable: intent.amount });
		announce(emu, 'payment_intent.amount_capturable_updated', intent);
	} else {
		Object.assign(intent, { status: 'succeeded', amount_received: intent.amount });
		announce(emu, 'payment_intent.succeeded', intent);
	}
}

function capturePaymentIntent(emu, params, id) {
	const intent = emu.store.get('payment_intent', id);
	if (!intent) throw missing('payment_intent', id, 'intent');
	if (intent.status !== 'requires_capture') {
		throw unexpectedState(
			`This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
		);
	}
	const amount = params.amount_to_capture ?? intent.amount_capturable;
	if (amount > intent.amount_capturable) {
		throw invalid(`The amount_to_capture (${amount}) must be less than or equal to the amount_capturable (${intent.amount_capturable}).`, 'amount_to_capture', 'amount_too_large');
	}
	const charge = emu.store.get('charge', intent.latest_charge);
	// A partial capture releases the rest of the authorization: Stripe shows it as refunded on the charge.
	const previous = change(charge, { captured: true, amount_captured: amount, amount_refunded: charge.amount - amount });
	settle(emu, charge);
	Object.assign(intent, { status: 'succeeded', amount_capturable: 0, amount_received: amount });
	announce(emu, 'charge.captured', charge, previous);
	return announce(emu, 'payment_intent.succeeded', intent);
}

function cancelPaymentIntent(emu, params, id) {
	const intent = emu.store.get('payment_intent', id);
	if (!intent) throw missing('payment_intent', id, 'intent');
	if (!CANCELABLE.includes(intent.status)) {
		throw unexpectedState(
			`You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
		);
	}
	if (intent.status === 'requires_capture') {
		// The authorization is released: the uncaptured charge is refunded in full.
		const charge = emu.store.get('charge', intent.latest_charge);
		const previous = change(charge, { amount_refunded: charge.amount, refunded: true });
		announce(emu, 'charge.refunded', charge, previous);
	}
	Object.assign(intent, { status: 'canceled', canceled_at: emu.now(), cancellation_reason: params.cancellation_reason ?? null, amount_capturable: 0 });
	return announce(emu, 'payment_intent.canceled', intent);
}

function listPaymentIntents(emu, params) {
	const filter = params.customer === undefined ? undefined : (intent) => intent.customer === params.customer;
	const page = emu.list('payment_intent', params, filter);
	return { object: 'list', url: '/v1/payment_intents', has_more: page.has_more, data: page.data };
}

// ---- Refunds

function chargeToRefund(emu, params) {
	if (params.charge !== undefined && params.payment_intent !== undefined) {
		throw invalid('You may only specify one of these parameters: charge, payment_intent.', 'charge', 'parameters_exclusive');
	}
	if (params.charge !== undefined) {
		const charge = emu.store.get('charge', params.charge);
		if (!charge) throw missing('charge', params.charge, 'charge');
		return charge;
	}
	if (params.payment_intent === undefined) throw invalid('One of the following params should be provided for this request: payment_intent or charge.', undefined, 'parameter_missing');
	const intent = emu.store.get('payment_intent', params.payment_intent);
	if (!intent) throw missing('payment_intent', params.payment_intent, 'payment_intent');
	const charge = intent.latest_charge && emu.store.get('charge', intent.latest_charge);
	if (!charge || intent.status !== 'succeeded') {
		throw invalid(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, 'payment_intent', 'charge_not_refundable');
	}
	return charge;
}

function createRefund(emu, params) {
	const charge = chargeToRefund(emu, params);
	// An uncaptured charge is refunded from its authorization (the whole amount).
	const left = (charge.captured ? charge.amount_captured : charge.amount) - charge.amount_refunded;
	if (charge.refunded || left <= 0) throw invalid(`Charge ${charge.id} has already been refunded.`, undefined, 'charge_already_refunded');
	const amount = params.amount ?? left;
	if (amount > left) {
		const message =
			charge.amount_refunded > 0
				? `Refund amount (${money(amount, charge.currency)}) is greater than unrefunded amount on charge (${money(left, charge.currency)})`
				: `Refund amount (${money(amount, charge.currency)}) is greater than charge amount (${money(charge.amount, charge.currency)})`;
		throw invalid(message, 'amount', 'amount_too_large');
	}
	const refund = emu.store.build('refund', {
		object: 'refund',
		amount,
		balance_transaction: null,
		charge: charge.id,
		created: emu.now(),
		currency: charge.currency,
		customer: charge.customer ?? null,
		customer_account: null,
		destination_details: { card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' }, type: 'card' },
		metadata: {},
		payment_intent: charge.payment_intent ?? null,
		payment_method: charge.payment_method ?? null,
		reason: params.reason ?? null,
		receipt_number: null,
		source_transfer_reversal: null,
		status: 'succeeded',
		transfer_reversal: null,
	});
	applyMetadata(refund, params.metadata);
	refund.balance_transaction = addBalanceTransaction(emu, { amount: -amount, currency: charge.currency, type: 'refund', source: refund.id }).id;
	emu.store.insert('refund', refund);
	const previous = change(charge, { amount_refunded: charge.amount_refunded + amount, refunded: amount === left });
	announce(emu, 'charge.refunded', charge, previous);
	announce(emu, 'balance.available', balance(emu));
	return refund;
}

function updateRefund(emu, id, params) {
	const refund = emu.store.get('refund', id);
	if (!refund) throw missing('refund', id, 'refund');
	const before = structuredClone(refund.metadata);
	applyMetadata(refund, params.metadata);
	return announce(emu, 'refund.updated', refund, JSON.stringify(before) === JSON.stringify(refund.metadata) ? {} : { metadata: before });
}

/** Stripe cancels only refunds that wait for action (`requires_action`, e.g. a bank refund needing details). */
function cancelRefund(emu, _params, id) {
	const refund = emu.store.get('refund', id);
	if (!refund) throw missing('refund', id, 'refund');
	if (refund.status !== 'requires_action') {
		throw invalid(`Only refunds with a status of requires_action can be canceled. This refund has a status of ${refund.status}.`, undefined, 'refund_not_cancelable');
	}
	const previous = change(refund, { status: 'canceled' });
	const charge = emu.store.get('charge', refund.charge);
	if (charge) change(charge, { amount_refunded: charge.amount_refunded - refund.amount, refunded: false });
	return announce(emu, 'refund.updated', refund, previous);
}

function listRefunds(emu, params) {
	const equal = ['charge', 'payment_intent'].filter((field) => params[field] !== undefined);
	const filter = (refund) => equal.every((field) => refund[field] === params[field]);
	const page = emu.list('refund', params, equal.length ? filter : undefined);
	return { object: 'list', url: '/v1/refunds', has_more: page.has_more, data: page.data };
}

// ---- Parameter schema of the endive line where the published (acacia) spec differs

let intentCreateSchema;
const paymentIntentCreate = {
	get properties() {
		return schema().properties;
	},
	get required() {
		return schema().required;
	},
};
function schema() {
	if (!intentCreateSchema) {
		intentCreateSchema = structuredClone(operationSchema('POST', '/v1/payment_intents'));
		delete intentCreateSchema.properties.payment_method_types;
	}
	return intentCreateSchema;
}

const routes = [
	['GET', /^\/v1\/balance$/, '/v1/balance', (emu) => balance(emu)],
	['GET', /^\/v1\/balance_transactions$/, '/v1/balance_transactions', listBalanceTransactions],
	['GET', /^\/v1\/balance_transactions\/([^/]+)$/, '/v1/balance_transactions/{id}', retrieveHandler('balance_transaction', 'balance_transaction')],
	['GET', /^\/v1\/charges$/, '/v1/charges', listCharges],
	['GET', /^\/v1\/charges\/search$/, '/v1/charges/search', searchHandler('charge', '/v1/charges/search')],
	['GET', /^\/v1\/charges\/([^/]+)$/, '/v1/charges/{charge}', retrieveHandler('charge', 'charge')],
	['POST', /^\/v1\/charges\/([^/]+)$/, '/v1/charges/{charge}', (emu, params, id) => updateCharge(emu, id, params)],
	['POST', /^\/v1\/payment_intents$/, paymentIntentCreate, createPaymentIntent],
	['GET', /^\/v1\/payment_intents$/, '/v1/payment_intents', listPaymentIntents],
	['GET', /^\/v1\/payment_intents\/search$/, '/v1/payment_intents/search', searchHandler('payment_intent', '/v1/payment_intents/search')],
	['GET', /^\/v1\/payment_intents\/([^/]+)$/, '/v1/payment_intents/{intent}', retrieveHandler('payment_intent', 'payment_intent')],
	['POST', /^\/v1\/payment_intents\/([^/]+)\/capture$/, '/v1/payment_intents/{intent}/capture', capturePaymentIntent],
	['POST', /^\/v1\/payment_intents\/([^/]+)\/cancel$/, '/v1/payment_intents/{intent}/cancel', cancelPaymentIntent],
	['POST', /^\/v1\/refunds$/, '/v1/refunds', createRefund],
	['GET', /^\/v1\/refunds$/, '/v1/refunds', listRefunds],
	['GET', /^\/v1\/refunds\/([^/]+)$/, '/v1/refunds/{refund}', retrieveHandler('refund', 'refund')],
	['POST', /^\/v1\/refunds\/([^/]+)$/, '/v1/refunds/{refund}', (emu, params, id) => updateRefund(emu, id, params)],
	['POST', /^\/v1\/refunds\/([^/]+)\/cancel$/, '/v1/refunds/{refund}/cancel', cancelRefund],
];

module.exports = { routes, prefixes, creationEvents };
