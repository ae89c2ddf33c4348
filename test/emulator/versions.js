'use strict';
/**
 * Stripe's API lines for the objects the emulator keeps. Objects are stored in the shapes of
 * DEFAULT_VERSION (2026-10-28.endive, the account default and the connector's pin) and rendered
 * per request: a request whose Stripe-Version is older gets each change undone, newest first,
 * as Stripe renders any version on demand. A webhook event's `data.object` follows its
 * endpoint's `api_version`.
 *
 * Each change names the first version that has it and how an object moves up to it (`up`, used
 * on what tests create: fixtures of the acacia line, specs written in either shape) and back
 * (`down`). Only the changes that touch the fields the connector reads or sends are modelled.
 *
 * Parameter deltas from the 2024-04-10 OpenAPI spec the emulator validates against (what the
 * newer lines accept or refuse for the requests we send) are in `versionedSchema`.
 */
const { randomBytes } = require('node:crypto');

const DEFAULT_VERSION = '2026-10-28.endive';
const BASIL = '2025-03-31';
const CLOVER = '2025-09-30';
const DAHLIA = '2026-03-25';

/** The date part of a version (`2025-02-24.acacia` → `2025-02-24`); no header means the account default. */
const dateOf = (version) => (version ?? DEFAULT_VERSION).slice(0, 10);
const hasChange = (version, since) => dateOf(version) >= since;

const UI_MODES = { hosted: 'hosted_page', embedded: 'embedded_page', custom: 'elements' };
const OLD_UI_MODES = Object.fromEntries(Object.entries(UI_MODES).map(([old, renamed]) => [renamed, old]));

/**
 * The fields Stripe added after acacia that endive objects always carry (null when unset), nested
 * where they belong; a nested default applies only where its parent exists.
 */
const ADDED_FIELDS = {
	customer: { customer_account: null },
	product: { tax_details: null },
	charge: { billing_details: { tax_id: null }, payment_method_details: { card: { electronic_commerce_indicator: null, transaction_link_id: null } } },
	invoiceitem: { customer_account: null, net_amount: 0, quantity_decimal: '1' },
	'checkout.session': {
		allowed_payment_method_types: null,
		automatic_tax: { provider: null },
		collected_information: null,
		customer_account: null,
		customer_details: { business_name: null, individual_name: null },
		integration_identifier: null,
		managed_payments: null,
		origin_context: null,
		permissions: null,
		wallet_options: null,
	},
};

const isPlain = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

function addDefaults(object, defaults) {
	for (const [field, value] of Object.entries(defaults)) {
		if (isPlain(value)) {
			if (isPlain(object[field])) addDefaults(object[field], value);
		} else if (!(field in object)) object[field] = value;
	}
}

const changes = [
	{
		since: BASIL,
		name: 'charge.invoice → InvoicePayment; invoice item price/plan/subscription → pricing/parent; checkout shipping_details → collected_information',
		up(type, object) {
			if (type === 'charge') delete object.invoice;
			if (type === 'invoiceitem' && !('pricing' in object)) {
				const priceId = idOf(object.price) ?? idOf(object.plan);
				const productId = idOf(object.price?.product) ?? idOf(object.plan?.product) ?? 'prod_emulator';
				const subscription = idOf(object.subscription);
				object.pricing = priceId
					? { type: 'price_details', price_details: { price: priceId, product: productId }, unit_amount_decimal: object.unit_amount_decimal ?? null }
					: null;
				object.parent = subscription
					? { type: 'subscription_details', subscription_details: { subscription, ...(object.subscription_item ? { subscription_item: object.subscription_item } : {}) } }
					: null;
			}
			if (type === 'invoiceitem') for (const field of ['price', 'plan', 'subscription', 'subscription_item', 'unit_amount', 'unit_amount_decimal']) delete object[field];
			if (type === 'checkout.session' && 'shipping_details' in object) {
				const shipping = object.shipping_details;
				delete object.shipping_details;
				if (shipping) object.collected_information = { business_name: null, individual_name: null, ...(object.collected_information ?? {}), shipping_details: shipping };
			}
		},
		down(type, object, emu) {
			if (type === 'charge') object.invoice = invoiceOfCharge(emu, object);
			if (type === 'invoiceitem') {
				const price = object.pricing?.price_details?.price ?? null;
				const subscription = object.parent?.subscription_details ?? null;
				object.price = price === null ? null : { id: idOf(price), object: 'price', product: object.pricing.price_details.product };
				// acacia's `plan` is the price of a subscription item (a Plan carries the price's id).
				object.plan = price !== null && subscription ? { id: idOf(price), object: 'plan', product: object.pricing.price_details.product } : null;
				object.subscription = subscription?.subscription ?? null;
				object.subscription_item = subscription?.subscription_item ?? null;
				object.unit_amount_decimal = object.pricing?.unit_amount_decimal ?? null;
				delete object.pricing;
				delete object.parent;
			}
			if (type === 'checkout.session') {
				object.shipping_details = object.collected_information?.shipping_details ?? null;
				delete object.collected_information;
			}
		},
	},
	{
		since: CLOVER,
		name: 'discount.coupon → discount.source.coupon (an id unless expanded); customer business_name/individual_name',
		up(type, object, store) {
			const discount = type === 'customer' ? object.discount : undefined;
			if (discount && 'coupon' in discount) {
				discount.source = { type: 'coupon', coupon: discount.coupon };
				delete discount.coupon;
			}
			const coupon = discount?.source?.coupon;
			if (store && coupon && typeof coupon === 'object') {
				// The coupon is kept as an object of its own, to be expanded (expand.js) or embedded (acacia).
				if (!store.get('coupon', coupon.id)) store.insert('coupon', { created: 0, ...coupon });
				discount.source.coupon = coupon.id;
			}
		},
		down(type, object, emu) {
			const discount = type === 'customer' ? object.discount : undefined;
			if (discount?.source) {
				const coupon = discount.source.coupon;
				discount.coupon = typeof coupon === 'string' ? (emu.store.get('coupon', coupon) ?? coupon) : coupon;
				delete discount.source;
			}
			if (type === 'customer') {
				delete object.business_name;
				delete object.individual_name;
			}
		},
	},
	{
		since: DAHLIA,
		name: 'checkout ui_mode hosted/embedded/custom → hosted_page/embedded_page/elements',
		up(type, object) {
			if (type === 'checkout.session' && UI_MODES[object.ui_mode]) object.ui_mode = UI_MODES[object.ui_mode];
		},
		down(type, object) {
			if (type === 'checkout.session' && OLD_UI_MODES[object.ui_mode]) object.ui_mode = OLD_UI_MODES[object.ui_mode];
		},
	},
];

function idOf(value) {
	if (typeof value === 'string') return value;
	return value && typeof value.id === 'string' ? value.id : null;
}

/** An object (fixture merged with a spec, in acacia or endive shapes) in the stored, endive shape; `store` keeps what it links to. */
function toStored(type, object, store) {
	for (const change of changes) change.up(type, object, store);
	addDefaults(object, ADDED_FIELDS[type] ?? {});
	// Stripe's invoice items have no `created` (their `date` is the creation time); the store orders by it.
	if (type === 'invoiceitem') Object.defineProperty(object, 'created', { value: object.created ?? object.date, enumerable: false, writable: true, configurable: true });
	return object;
}

/** A stored object as the request's version shows it (a copy when it differs). */
function renderObject(object, version, emu) {
	const type = object?.object;
	const undo = changes.filter((change) => !hasChange(version, change.since)).reverse();
	if (undo.length === 0 || typeof type !== 'string') return object;
	const copy = structuredClone(object);
	for (const change of undo) change.down(type, copy, emu);
	return copy;
}

/** An answer body (an object, a list or a search result) in the request's version. */
function render(body, version, emu) {
	if (!body || typeof body !== 'object') return body;
	if ((body.object === 'list' || body.object === 'search_result') && Array.isArray(body.data)) {
		return { ...body, data: body.data.map((object) => renderObject(object, version, emu)) };
	}
	return renderObject(body, version, emu);
}

/** A webhook event in its endpoint's version (null: the account default). */
function renderEvent(event, endpointVersion, emu) {
	const version = endpointVersion ?? DEFAULT_VERSION;
	return { ...event, api_version: version, data: { ...event.data, object: renderObject(event.data.object, version, emu) } };
}

// --- the charge → invoice link (InvoicePayment since basil) ----------------------------------

/**
 * A charge created with `invoice` (acacia's field) is stored without it, linked the way Stripe
 * links it today: its PaymentIntent (made up when the spec has none) pays the invoice through an
 * InvoicePayment. Returns the spec without `invoice`.
 */
function linkChargeInvoice(emu, spec) {
	if (!spec || !('invoice' in spec)) return spec;
	const { invoice, ...rest } = spec;
	if (!invoice) return rest;
	rest.id ??= emu.store.newId('charge');
	rest.payment_intent ??= `pi_${randomBytes(9).toString('hex')}`;
	const paymentIntent = idOf(rest.payment_intent);
	const created = rest.created ?? emu.now();
	emu.store.insert('invoice_payment', {
		id: `inpay_${randomBytes(9).toString('hex')}`,
		object: 'invoice_payment',
		amount_paid: rest.amount ?? null,
		amount_requested: rest.amount ?? 0,
		created,
		currency: rest.currency ?? 'usd',
		invoice,
		is_default: true,
		livemode: false,
		payment: { type: 'payment_intent', payment_intent: paymentIntent },
		status: 'paid',
		status_transitions: { canceled_at: null, paid_at: created },
	});
	return rest;
}

function invoiceOfCharge(emu, charge) {
	const paymentIntent = idOf(charge.payment_intent);
	const payment = emu.store
		.all('invoice_payment')
		.find((p) => (paymentIntent && p.payment.payment_intent === paymentIntent) || p.payment.charge === charge.id);
	return payment ? payment.invoice : null;
}

// --- parameters ------------------------------------------------------------------------------

const NAME = { type: 'string', maxLength: 150 };
const EMPTYABLE_NAME = { anyOf: [NAME, { type: 'string', enum: [''] }] };

/**
 * The 2024-04-10 schema of an operation, with what later lines changed for the requests we
 * send: since basil customer create/update no longer take `coupon`/`promotion_code`; since
 * clover they take `business_name`/`individual_name`.
 */
function versionedSchema(schema, method, specPath, version) {
	if (!schema || method !== 'POST' || (specPath !== '/v1/customers' && specPath !== '/v1/customers/{customer}')) return schema;
	const properties = { ...schema.properties };
	if (hasChange(version, BASIL)) {
		delete properties.coupon;
		delete properties.promotion_code;
	}
	if (hasChange(version, CLOVER)) {
		properties.business_name = specPath === '/v1/customers' ? NAME : EMPTYABLE_NAME;
		properties.individual_name = specPath === '/v1/customers' ? NAME : EMPTYABLE_NAME;
	}
	return { ...schema, properties };
}

module.exports = { DEFAULT_VERSION, toStored, render, renderEvent, linkChargeInvoice, versionedSchema, hasChange, BASIL, CLOVER };
