'use strict';
/**
 * Selling: prices, payment links, checkout sessions, coupons and promotion codes, in the shapes of
 * the pinned 2026-10-28.endive line (promotion codes name their coupon under `promotion`; Checkout
 * Session create has no `payment_method_types`). State changes announce Stripe's events through
 * the webhooks module (`*.created` on insert via `creationEvents`, `*.updated`/`*.deleted`/
 * `checkout.session.expired` here).
 */
const { randomBytes } = require('node:crypto');
const { StripeError, missing, checkMetadata } = require('./resources');
const { listHandler, retrieveHandler, searchHandler } = require('./handlers');
const { operationSchema } = require('./validate');
const { announceChange } = require('./events');

const prefixes = { price: 'price_', payment_link: 'plink_', coupon: '', promotion_code: 'promo_' };
const creationEvents = { price: 'price.created', payment_link: 'payment_link.created', coupon: 'coupon.created', promotion_code: 'promotion_code.created' };

const invalid = (message, param, code = 'parameter_invalid') => new StripeError(400, { type: 'invalid_request_error', code, param, message });
const onlyOne = (a, b) => invalid(`You may only specify one of these parameters: ${a}, ${b}.`, a, 'parameters_exclusive');
const token = (length) => randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);

/** `metadata` as Stripe applies it on create and update: '' clears all, a '' value removes the key. */
function applyMetadata(object, metadata) {
	if (metadata === undefined) return;
	if (metadata === '') object.metadata = {};
	else for (const [key, value] of Object.entries(metadata)) value === '' ? delete object.metadata[key] : (object.metadata[key] = value);
	checkMetadata(object.metadata);
}

function applyFields(object, params, fields) {
	for (const field of fields) if (field in params) object[field] = params[field] === '' ? null : params[field];
	applyMetadata(object, params.metadata);
}

function announce(emu, type, object) {
	emu.webhooks.announce(type, object);
	return object;
}

/** One page of a list held on its parent (line items), by id cursor, in the parent's order. */
function subList(items, params, url) {
	const limit = params.limit ?? 10;
	let start = 0;
	if (params.starting_after !== undefined) {
		start = items.findIndex((item) => item.id === params.starting_after) + 1;
		if (start === 0) throw invalid(`No such line item: '${params.starting_after}'`, 'starting_after', 'resource_missing');
	}
	const data = items.slice(start, start + limit);
	return { object: 'list', url, has_more: start + limit < items.length, data };
}

// ---- Prices

function activeProduct(emu, id, param) {
	const product = emu.store.get('product', id);
	if (!product) throw missing('product', id, param);
	return product;
}

/** A price object from create parameters (also `default_price_data` of a product, and `price_data`). */
function buildPrice(emu, params, productId) {
	if (params.unit_amount !== undefined && params.unit_amount_decimal !== undefined) throw onlyOne('unit_amount', 'unit_amount_decimal');
	if (params.unit_amount === undefined && params.unit_amount_decimal === undefined && params.custom_unit_amount === undefined && params.billing_scheme !== 'tiered') {
		throw invalid('Must provide one of `unit_amount`, `unit_amount_decimal`, or `custom_unit_amount`, or set `billing_scheme=tiered`.', 'unit_amount', 'parameter_missing');
	}
	const recurring = params.recurring
		? { interval: params.recurring.interval, interval_count: params.recurring.interval_count ?? 1, meter: null, trial_period_days: null, usage_type: params.recurring.usage_type ?? 'licensed' }
		: null;
	const price = emu.store.build('price', {
		object: 'price',
		active: params.active ?? true,
		billing_scheme: params.billing_scheme ?? 'per_unit',
		created: emu.now(),
		currency: params.currency,
		custom_unit_amount: null,
		livemode: emu.livemode,
		lookup_key: null,
		metadata: {},
		nickname: null,
		product: productId,
		recurring,
		tax_behavior: params.tax_behavior ?? 'unspecified',
		tiers_mode: null,
		transform_quantity: null,
		type: recurring ? 'recurring' : 'one_time',
		unit_amount: params.unit_amount ?? (params.unit_amount_decimal !== undefined && /^\d+$/.test(params.unit_amount_decimal) ? Number(params.unit_amount_decimal) : null),
		unit_amount_decimal: params.unit_amount_decimal ?? (params.unit_amount === undefined ? null : String(params.unit_amount)),
	});
	applyFields(price, params, ['nickname']);
	setLookupKey(emu, price, params.lookup_key, params.transfer_lookup_key);
	return emu.store.insert('price', price);
}

function setLookupKey(emu, price, lookupKey, transfer) {
	if (lookupKey === undefined) return;
	if (lookupKey !== '') {
		const holder = emu.store.all('price').find((other) => other !== price && other.lookup_key === lookupKey);
		if (holder && !transfer) throw invalid(`A price (\`${holder.id}\`) already uses that lookup key.`, 'lookup_key');
		if (holder) holder.lookup_key = null;
	}
	price.lookup_key = lookupKey === '' ? null : lookupKey;
}

function createPrice(emu, params) {
	if (params.product !== undefined && params.product_data !== undefined) throw onlyOne('product', 'product_data');
	if (params.product === undefined && params.product_data === undefined) {
		throw invalid('You must specify either `product` or `product_data` when creating a price.', 'product', 'parameter_missing');
	}
	const productId = params.product ?? newProduct(emu, params.product_data).id;
	if (params.product !== undefined) activeProduct(emu, params.product, 'product');
	return buildPrice(emu, params, productId);
}

function newProduct(emu, data) {
	const now = emu.now();
	const product = emu.store.build('product', { created: now, updated: now, livemode: emu.livemode, metadata: {}, images: [], active: true, description: null, shippable: null, url: null, default_price: null });
	applyFields(product, data, ['name', 'active', 'statement_descriptor', 'unit_label', 'tax_code']);
	return emu.store.insert('product', product);
}

/** Product create with `default_price_data`: the price is made for the new product and becomes its default. */
function attachDefaultPrice(emu, product, data) {
	product.default_price = buildPrice(emu, data, product.id).id;
}

function updatePrice(emu, id, params) {
	const price = emu.store.get('price', id);
	if (!price) throw missing('price', id);
	const before = structuredClone(price);
	applyFields(price, params, ['active', 'nickname', 'tax_behavior']);
	setLookupKey(emu, price, params.lookup_key, params.transfer_lookup_key);
	return announceChange(emu, 'price.updated', before, price);
}

function listPrices(emu, params) {
	const equal = ['active', 'currency', 'product', 'type'].filter((field) => params[field] !== undefined);
	const keys = params.lookup_keys;
	const filter = (price) => equal.every((field) => price[field] === params[field]) && (!keys || keys.includes(price.lookup_key));
	const page = emu.list('price', params, equal.length || keys ? filter : undefined);
	const withProduct = (params.expand ?? []).includes('data.product');
	const data = withProduct ? page.data.map((price) => ({ ...price, product: emu.store.get('product', price.product) ?? price.product })) : page.data;
	return { object: 'list', url: '/v1/prices', has_more: page.has_more, data };
}

// ---- Line items (payment links and checkout sessions)

function lineItemsOf(emu, lineItems = [], param = 'line_items') {
	return lineItems.map((entry, index) => {
		const price = emu.store.get('price', entry.price);
		if (!price) throw missing('price', entry.price, `${param}[${index}][price]`);
		if (!price.active) throw invalid('The price specified is inactive. This field only accepts active prices.', `${param}[${index}][price]`);
		const quantity = entry.quantity ?? 1;
		const amount = (price.unit_amount ?? 0) * quantity;
		const product = emu.store.get('product', price.product);
		return {
			id: `li_${token(24)}`,
			object: 'item',
			adjustable_quantity: entry.adjustable_quantity ? { enabled: entry.adjustable_quantity.enabled, minimum: entry.adjustable_quantity.minimum ?? 1, maximum: entry.adjustable_quantity.maximum ?? 99 } : undefined,
			amount_discount: 0,
			amount_subtotal: amount,
			amount_tax: 0,
			amount_total: amount,
			currency: price.currency,
			description: product?.name ?? null,
			price: structuredClone(price),
			quantity,
		};
	});
}

const hidden = (object, name, value) => Object.defineProperty(object, name, { value, enumerable: false, writable: true });

function checkCurrencies(items, param) {
	if (new Set(items.map((item) => item.currency)).size > 1) throw invalid('All prices must use the same currency.', param);
}

// ---- Payment links

function afterCompletion(params) {
	const after = params.after_completion;
	if (!after) return { hosted_confirmation: { custom_message: null }, type: 'hosted_confirmation' };
	if (after.type === 'redirect' && !after.redirect?.url) throw invalid('Missing required param: after_completion[redirect][url].', 'after_completion[redirect][url]', 'parameter_missing');
	return after.type === 'redirect'
		? { redirect: { url: after.redirect.url }, type: 'redirect' }
		: { hosted_confirmation: { custom_message: after.hosted_confirmation?.custom_message ?? null }, type: 'hosted_confirmation' };
}

function createPaymentLink(emu, params) {
	const items = lineItemsOf(emu, params.line_items);
	checkCurrencies(items, 'line_items');
	const link = emu.store.build('payment_link', {
		object: 'payment_link',
		active: true,
		after_completion: afterCompletion(params),
		allow_promotion_codes: params.allow_promotion_codes ?? false,
		billing_address_collection: 'auto',
		currency: items[0]?.currency ?? null,
		customer_creation: 'if_required',
		inactive_message: params.inactive_message ?? null,
		livemode: emu.livemode,
		metadata: {},
		payment_method_collection: 'always',
		submit_type: 'auto',
		url: `https://buy.stripe.com/test_${token(14)}`,
	});
	applyMetadata(link, params.metadata);
	hidden(link, '_lineItems', items);
	link.created = emu.now();
	return emu.store.insert('payment_link', link);
}

function updatePaymentLink(emu, id, params) {
	const link = emu.store.get('payment_link', id);
	if (!link) throw missing('payment_link', id);
	const before = structuredClone(link);
	applyFields(link, params, ['active', 'allow_promotion_codes', 'inactive_message']);
	if (params.after_completion) link.after_completion = afterCompletion(params);
	return announceChange(emu, 'payment_link.updated', before, link);
}

function paymentLinkLineItems(emu, params, id) {
	const link = emu.store.get('payment_link', id);
	if (!link) throw missing('payment_link', id);
	return subList(link._lineItems.map(({ adjustable_quantity: _hide, ...item }) => item), params, `/v1/payment_links/${id}/line_items`);
}

// ---- Checkout sessions

const SESSION_EXPIRY = { min: 30 * 60, max: 24 * 3600 };

function createCheckoutSession(emu, params) {
	const mode = params.mode;
	if (!mode) throw invalid('Missing required param: mode.', 'mode', 'parameter_missing');
	if (params.customer !== undefined && params.customer_email !== undefined) throw onlyOne('customer', 'customer_email');
	if (params.customer !== undefined && !emu.store.get('customer', params.customer)) throw missing('customer', params.customer, 'customer');
	const items = lineItemsOf(emu, params.line_items);
	if (mode !== 'setup' && items.length === 0) throw invalid(`\`line_items\` is required in \`${mode}\` mode.`, 'line_items', 'parameter_missing');
	if (mode === 'setup' && items.length > 0) throw invalid('You cannot pass `line_items` in `setup` mode.', 'line_items');
	if (mode === 'setup' && !params.currency) throw invalid('`currency` is required in `setup` mode when `allowed_payment_method_types` is not set.', 'currency', 'parameter_missing');
	const recurring = items.filter((item) => item.price.type === 'recurring');
	if (mode === 'payment' && recurring.length) {
		throw invalid('You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.', 'line_items');
	}
	if (mode === 'subscription' && !recurring.length) throw invalid('You must provide at least one recurring price in `subscription` mode when using prices.', 'line_items');
	checkCurrencies(items, 'line_items');
	const now = emu.now();
	if (params.expires_at !== undefined && (params.expires_at < now + SESSION_EXPIRY.min || params.expires_at > now + SESSION_EXPIRY.max)) {
		throw invalid('The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.', 'expires_at');
	}
	const total = items.reduce((sum, item) => sum + item.amount_total, 0);
	const session = emu.store.build('checkout.session', {
		allow_promotion_codes: params.allow_promotion_codes ?? null,
		amount_subtotal: mode === 'setup' ? null : total,
		amount_total: mode === 'setup' ? null : total,
		cancel_url: params.cancel_url ?? null,
		created: now,
		currency: items[0]?.currency ?? params.currency ?? null,
		customer: params.customer ?? null,
		customer_details: params.customer_email ? { address: null, email: params.customer_email, name: null, phone: null, tax_exempt: 'none', tax_ids: null } : null,
		customer_email: params.customer_email ?? null,
		expires_at: params.expires_at ?? now + SESSION_EXPIRY.max,
		livemode: emu.livemode,
		metadata: {},
		mode,
		payment_intent: null,
		payment_link: null,
		payment_status: mode === 'setup' ? 'no_payment_required' : 'unpaid',
		setup_intent: null,
		status: 'open',
		subscription: null,
		success_url: params.success_url ?? null,
		ui_mode: 'hosted_page',
	});
	session.url = `https://checkout.stripe.com/c/pay/${session.id}`;
	applyMetadata(session, params.metadata);
	hidden(session, '_lineItems', items.map(({ adjustable_quantity: _hide, ...item }) => item));
	return emu.store.insert('checkout.session', session);
}

/** Retrieve, with `expand[]=line_items` as Stripe offers it (line items are not part of the object otherwise). */
function retrieveCheckoutSession(emu, params, id) {
	const session = emu.store.get('checkout.session', id);
	if (!session) throw missing('checkout.session', id);
	if (!(params.expand ?? []).includes('line_items')) return session;
	return { ...session, line_items: subList(session._lineItems ?? [], { limit: 100 }, `/v1/checkout/sessions/${id}/line_items`) };
}

function expireCheckoutSession(emu, _params, id) {
	const session = emu.store.get('checkout.session', id);
	if (!session) throw missing('checkout.session', id, 'session');
	if (session.status !== 'open') {
		throw invalid(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`, undefined, 'checkout_session_not_open');
	}
	Object.assign(session, { status: 'expired', url: null });
	return announce(emu, 'checkout.session.expired', session);
}

function checkoutSessionLineItems(emu, params, id) {
	const session = emu.store.get('checkout.session', id);
	if (!session) throw missing('checkout.session', id, 'session');
	return subList(session._lineItems ?? [], params, `/v1/checkout/sessions/${id}/line_items`);
}

// ---- Coupons

function createCoupon(emu, params) {
	if (params.percent_off !== undefined && params.amount_off !== undefined) throw onlyOne('amount_off', 'percent_off');
	if (params.percent_off === undefined && params.amount_off === undefined) throw invalid('Coupons must have either `amount_off` or `percent_off`.', 'percent_off', 'parameter_missing');
	if (params.amount_off !== undefined && !params.currency) throw invalid('You must pass currency when passing amount_off.', 'currency', 'parameter_missing');
	if (params.percent_off !== undefined && (params.percent_off <= 0 || params.percent_off > 100)) throw invalid('percent_off must be greater than 0 and at most 100.', 'percent_off');
	const duration = params.duration ?? 'once';
	if (duration === 'repeating' && params.duration_in_months === undefined) {
		throw invalid('You must specify `duration_in_months` when `duration` is `repeating`.', 'duration_in_months', 'parameter_missing');
	}
	if (duration !== 'repeating' && params.duration_in_months !== undefined) throw invalid('`duration_in_months` is only valid when `duration` is `repeating`.', 'duration_in_months');
	if (params.id !== undefined && emu.store.get('coupon', params.id)) {
		throw new StripeError(400, { type: 'invalid_request_error', code: 'resource_already_exists', param: 'id', message: 'Coupon already exists.' });
	}
	if (params.redeem_by !== undefined && params.redeem_by <= emu.now()) throw invalid('`redeem_by` must be in the future.', 'redeem_by');
	const coupon = emu.store.build('coupon', {
		id: params.id ?? token(8).toUpperCase(),
		object: 'coupon',
		amount_off: params.amount_off ?? null,
		created: emu.now(),
		currency: params.amount_off !== undefined ? params.currency : null,
		duration,
		duration_in_months: params.duration_in_months ?? null,
		livemode: emu.livemode,
		max_redemptions: params.max_redemptions ?? null,
		metadata: {},
		name: params.name ?? null,
		percent_off: params.percent_off ?? null,
		redeem_by: params.redeem_by ?? null,
		times_redeemed: 0,
		valid: true,
	});
	applyMetadata(coupon, params.metadata);
	return emu.store.insert('coupon', coupon);
}

function updateCoupon(emu, id, params) {
	const coupon = emu.store.get('coupon', id);
	if (!coupon) throw missing('coupon', id);
	const before = structuredClone(coupon);
	applyFields(coupon, params, ['name']);
	return announceChange(emu, 'coupon.updated', before, coupon);
}

function deleteCoupon(emu, _params, id) {
	const coupon = emu.store.get('coupon', id);
	if (!coupon) throw missing('coupon', id);
	emu.store.remove('coupon', id);
	announce(emu, 'coupon.deleted', { ...coupon, valid: false });
	return { id, object: 'coupon', deleted: true };
}

// ---- Promotion codes (endive: the coupon is under `promotion`)

function createPromotionCode(emu, params) {
	const couponId = params.promotion?.coupon;
	if (!couponId) throw invalid('Missing required param: promotion[coupon].', 'promotion[coupon]', 'parameter_missing');
	const coupon = emu.store.get('coupon', couponId);
	if (!coupon) throw missing('coupon', couponId, 'promotion[coupon]');
	const code = params.code ?? token(8).toUpperCase();
	if (emu.store.all('promotion_code').some((other) => other.active && other.code.toLowerCase() === code.toLowerCase())) {
		throw invalid(`An active promotion code with \`code: ${code}\` already exists.`, 'code');
	}
	const restrictions = params.restrictions ?? {};
	if (restrictions.minimum_amount !== undefined && !restrictions.minimum_amount_currency) {
		throw invalid('You must pass minimum_amount_currency when passing minimum_amount.', 'restrictions[minimum_amount_currency]', 'parameter_missing');
	}
	if (params.expires_at !== undefined && params.expires_at <= emu.now()) throw invalid('`expires_at` must be in the future.', 'expires_at');
	const promotionCode = emu.store.build('promotion_code', {
		object: 'promotion_code',
		active: params.active ?? true,
		code,
		created: emu.now(),
		customer: params.customer ?? null,
		customer_account: null,
		expires_at: params.expires_at ?? null,
		livemode: emu.livemode,
		max_redemptions: params.max_redemptions ?? null,
		metadata: {},
		promotion: { coupon: coupon.id, type: 'coupon' },
		restrictions: {
			first_time_transaction: restrictions.first_time_transaction ?? false,
			minimum_amount: restrictions.minimum_amount ?? null,
			minimum_amount_currency: restrictions.minimum_amount_currency ?? null,
		},
		times_redeemed: 0,
	});
	applyMetadata(promotionCode, params.metadata);
	return emu.store.insert('promotion_code', promotionCode);
}

function updatePromotionCode(emu, id, params) {
	const promotionCode = emu.store.get('promotion_code', id);
	if (!promotionCode) throw missing('promotion_code', id);
	const before = structuredClone(promotionCode);
	applyFields(promotionCode, params, ['active']);
	return announceChange(emu, 'promotion_code.updated', before, promotionCode);
}

function listPromotionCodes(emu, params) {
	const filter = (code) =>
		(params.active === undefined || code.active === params.active) &&
		(params.code === undefined || code.code.toLowerCase() === params.code.toLowerCase()) &&
		(params.coupon === undefined || code.promotion.coupon === params.coupon);
	const page = emu.list('promotion_code', params, filter);
	return { object: 'list', url: '/v1/promotion_codes', has_more: page.has_more, data: page.data };
}

// ---- Parameter schemas of the endive line where the published (acacia) spec differs

function schemaOf(specPath, change) {
	let schema;
	return () => (schema ??= change(structuredClone(operationSchema('POST', specPath))));
}

const promotionCodeCreate = schemaOf('/v1/promotion_codes', (schema) => {
	delete schema.properties.coupon;
	schema.properties.promotion = { type: 'object', properties: { coupon: { type: 'string', maxLength: 5000 }, type: { type: 'string', enum: ['coupon'] } }, required: ['type'] };
	schema.required = ['promotion'];
	return schema;
});

const checkoutSessionCreate = schemaOf('/v1/checkout/sessions', (schema) => {
	delete schema.properties.payment_method_types;
	schema.properties.ui_mode = { type: 'string', enum: ['elements', 'embedded_page', 'hosted_page'] };
	return schema;
});

/** A schema computed on first use (the spec is loaded lazily), as a route's operation. */
const lazy = (schema) => ({
	get properties() {
		return schema().properties;
	},
	get required() {
		return schema().required;
	},
});

const routes = [
	['POST', /^\/v1\/prices$/, '/v1/prices', createPrice],
	['GET', /^\/v1\/prices$/, '/v1/prices', listPrices],
	['GET', /^\/v1\/prices\/search$/, '/v1/prices/search', searchHandler('price', '/v1/prices/search')],
	['GET', /^\/v1\/prices\/([^/]+)$/, '/v1/prices/{price}', retrieveHandler('price', 'price')],
	['POST', /^\/v1\/prices\/([^/]+)$/, '/v1/prices/{price}', (emu, params, id) => updatePrice(emu, id, params)],
	['POST', /^\/v1\/payment_links$/, '/v1/payment_links', createPaymentLink],
	['GET', /^\/v1\/payment_links$/, '/v1/payment_links', listHandler('payment_link', '/v1/payment_links', ['active'])],
	['GET', /^\/v1\/payment_links\/([^/]+)$/, '/v1/payment_links/{payment_link}', retrieveHandler('payment_link', 'payment_link')],
	['POST', /^\/v1\/payment_links\/([^/]+)$/, '/v1/payment_links/{payment_link}', (emu, params, id) => updatePaymentLink(emu, id, params)],
	['GET', /^\/v1\/payment_links\/([^/]+)\/line_items$/, '/v1/payment_links/{payment_link}/line_items', paymentLinkLineItems],
	['POST', /^\/v1\/checkout\/sessions$/, lazy(checkoutSessionCreate), createCheckoutSession],
	['POST', /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, '/v1/checkout/sessions/{session}/expire', expireCheckoutSession],
	['GET', /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/, '/v1/checkout/sessions/{session}/line_items', checkoutSessionLineItems],
	['POST', /^\/v1\/coupons$/, '/v1/coupons', createCoupon],
	['GET', /^\/v1\/coupons$/, '/v1/coupons', listHandler('coupon', '/v1/coupons')],
	['GET', /^\/v1\/coupons\/([^/]+)$/, '/v1/coupons/{coupon}', retrieveHandler('coupon', 'coupon')],
	['POST', /^\/v1\/coupons\/([^/]+)$/, '/v1/coupons/{coupon}', (emu, params, id) => updateCoupon(emu, id, params)],
	['DELETE', /^\/v1\/coupons\/([^/]+)$/, '/v1/coupons/{coupon}', deleteCoupon],
	['POST', /^\/v1\/promotion_codes$/, lazy(promotionCodeCreate), createPromotionCode],
	['GET', /^\/v1\/promotion_codes$/, '/v1/promotion_codes', listPromotionCodes],
	['GET', /^\/v1\/promotion_codes\/([^/]+)$/, '/v1/promotion_codes/{promotion_code}', retrieveHandler('promotion_code', 'promotion_code')],
	['POST', /^\/v1\/promotion_codes\/([^/]+)$/, '/v1/promotion_codes/{promotion_code}', (emu, params, id) => updatePromotionCode(emu, id, params)],
];

module.exports = { routes, prefixes, creationEvents, attachDefaultPrice, retrieveCheckoutSession, applyMetadata };
