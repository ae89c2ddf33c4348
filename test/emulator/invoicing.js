'use strict';
/**
 * Invoicing: invoices and invoice items in the shapes of the pinned 2026-10-28.endive line (an
 * invoice item names its price under `pricing.price_details` and its subscription under
 * `parent.subscription_details`; an invoice names its subscription under `parent`; lines carry
 * `parent` and `pricing`). The invoice's state machine is Stripe's: draft → open → paid / void /
 * uncollectible, with Stripe's refusals for every other move.
 *
 * Besides the area's `routes`, `prefixes` and `creationEvents`, the functions below are for other
 * areas (subscriptions make their invoices with them); keep their names stable:
 *   draftInvoice(emu, options) → invoice      a new draft (announces invoice.created)
 *   finalizeInvoice(emu, invoice, options)    draft → open (paid at once when nothing is due)
 *   payInvoice(emu, invoice, options)         open/uncollectible → paid (a draft is finalized first)
 *   voidInvoice, markUncollectible, sendInvoice, deleteInvoice, updateInvoice(emu, invoice, params)
 *   createInvoiceItem(emu, params) → item     as POST /v1/invoiceitems
 *   refreshInvoice(emu, invoice)              recomputes lines and amounts after its items changed
 * Every change announces Stripe's events through `emu.webhooks.announce(type, object, previous)`.
 */
const { randomBytes } = require('node:crypto');
const { StripeError, missing, checkMetadata } = require('./resources');
const { searchHandler } = require('./handlers');
const { operationSchema } = require('./validate');

const prefixes = { invoice: 'in_' };
const creationEvents = { invoice: 'invoice.created' };

const DAY = 86400;
/** Stripe embeds the first lines of an invoice; the rest are read from /v1/invoices/{id}/lines. */
const EMBEDDED_LINES = 10;

const invalid = (message, param, code) => new StripeError(400, { type: 'invalid_request_error', code, param, message });
const notEditable = (message) => invalid(message, undefined, 'invoice_not_editable');
const token = (length) => randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);
const hidden = (object, name, value) => Object.defineProperty(object, name, { value, enumerable: false, writable: true, configurable: true });
const idOf = (value) => (typeof value === 'string' ? value : (value?.id ?? null));

/** The old values of the fields `change` alters (Stripe's `previous_attributes`), then applies it. */
function change(object, fields) {
	const previous = {};
	for (const [field, value] of Object.entries(fields)) {
		if (JSON.stringify(object[field]) !== JSON.stringify(value)) previous[field] = structuredClone(object[field] ?? null);
		object[field] = value;
	}
	return previous;
}

function applyMetadata(object, metadata, previous) {
	if (metadata === undefined) return;
	const before = structuredClone(object.metadata ?? {});
	if (metadata === '') object.metadata = {};
	else for (const [key, value] of Object.entries(metadata)) value === '' ? delete object.metadata[key] : (object.metadata[key] = value);
	checkMetadata(object.metadata);
	if (JSON.stringify(before) !== JSON.stringify(object.metadata)) previous.metadata = before;
}

function announce(emu, type, object, previous) {
	emu.webhooks.announce(type, object, previous);
	return object;
}

function existingCustomer(emu, id, param = 'customer') {
	const customer = emu.store.get('customer', id);
	if (!customer) throw missing('customer', id, param);
	return customer;
}

function invoiceOf(emu, id, param = 'invoice') {
	const invoice = emu.store.get('invoice', id);
	if (!invoice) throw missing('invoice', id, param);
	return invoice;
}

// ---- Invoice items

/** The price an item bills (`pricing[price]`), checked as Stripe checks it. */
function priceFor(emu, priceId, param) {
	const price = emu.store.get('price', priceId);
	if (!price) throw missing('price', priceId, param);
	if (price.type === 'recurring') throw invalid(`The price specified is set to \`type=recurring\` but this field only accepts prices with \`type=one_time\`.`, param);
	return price;
}

function createInvoiceItem(emu, params) {
	if (!params.customer) throw invalid('Missing required param: customer.', 'customer', 'parameter_missing');
	existingCustomer(emu, params.customer);
	const priceId = params.pricing?.price;
	if (priceId !== undefined && params.amount !== undefined) throw invalid('You may only specify one of these parameters: amount, pricing[price].', 'amount', 'parameters_exclusive');
	if (priceId !== undefined && params.unit_amount_decimal !== undefined) throw invalid('You may only specify one of these parameters: pricing[price], unit_amount_decimal.', 'unit_amount_decimal', 'parameters_exclusive');
	if (params.amount !== undefined && params.quantity !== undefined) throw invalid('You may only specify one of these parameters: amount, quantity.', 'quantity', 'parameters_exclusive');
	const price = priceId === undefined ? undefined : priceFor(emu, priceId, 'pricing[price]');
	if (!price && params.amount === undefined && params.unit_amount_decimal === undefined) {
		throw invalid('You must specify either `amount`, `pricing[price]` or `unit_amount_decimal`.', 'amount', 'parameter_missing');
	}
	const currency = price?.currency ?? params.currency;
	if (!currency) throw invalid('Missing required param: currency.', 'currency', 'parameter_missing');
	if (price && params.currency !== undefined && params.currency !== price.currency) throw invalid(`The currency ${params.currency} does not match the price's currency ${price.currency}.`, 'currency');
	const invoice = params.invoice === undefined ? null : invoiceOf(emu, params.invoice);
	if (invoice) {
		if (invoice.status !== 'draft') throw notEditable(`You can only add invoice items to draft invoices. Invoice ${invoice.id} is ${invoice.status}.`);
		if (invoice.customer !== params.customer) throw invalid(`The invoice ${invoice.id} belongs to another customer than ${params.customer}.`, 'invoice');
		if (invoice.currency && invoice.currency !== currency) throw invalid(`The currency of the invoice item (${currency}) must match the currency of the invoice (${invoice.currency}).`, 'currency');
	}
	const quantity = params.quantity ?? 1;
	const unitDecimal = price ? (price.unit_amount_decimal ?? String(price.unit_amount ?? 0)) : (params.unit_amount_decimal ?? String(params.amount));
	const amount = price ? (price.unit_amount ?? 0) * quantity : params.amount ?? Math.round(Number(params.unit_amount_decimal) * quantity);
	const now = emu.now();
	const item = emu.store.build('invoiceitem', {
		object: 'invoiceitem',
		amount,
		currency,
		customer: params.customer,
		customer_account: null,
		date: now,
		created: now,
		description: params.description ?? (price ? (emu.store.get('product', price.product)?.name ?? null) : null),
		discountable: params.discountable ?? amount >= 0,
		discounts: [],
		invoice: invoice?.id ?? null,
		livemode: emu.livemode,
		metadata: {},
		net_amount: amount,
		parent: params.subscription ? { type: 'subscription_details', subscription_details: { subscription: params.subscription } } : null,
		period: params.period ? { start: params.period.start, end: params.period.end } : { start: now, end: now },
		pricing: { type: 'price_details', price_details: price ? { price: price.id, product: price.product } : undefined, unit_amount_decimal: unitDecimal },
		proration: false,
		quantity,
		quantity_decimal: String(quantity),
		tax_rates: [],
		test_clock: null,
	});
	if (!price) item.pricing = null;
	applyMetadata(item, params.metadata, {});
	emu.store.insert('invoiceitem', item);
	if (invoice) refreshInvoice(emu, invoice);
	return item;
}

function itemOf(emu, id) {
	const item = emu.store.get('invoiceitem', id);
	if (!item) throw missing('invoiceitem', id);
	return item;
}

/** An item on a finalized invoice is frozen with it. */
function checkItemEditable(emu, item) {
	const invoice = item.invoice ? emu.store.get('invoice', item.invoice) : undefined;
	if (invoice && invoice.status !== 'draft') {
		throw notEditable(`The invoice item ${item.id} is on invoice ${invoice.id}, which is ${invoice.status}: only items of draft invoices can be changed or deleted.`);
	}
	return invoice;
}

function updateInvoiceItem(emu, id, params) {
	const item = itemOf(emu, id);
	const invoice = checkItemEditable(emu, item);
	const previous = {};
	if (params.pricing?.price !== undefined) {
		const price = priceFor(emu, params.pricing.price, 'pricing[price]');
		if (price.currency !== item.currency) throw invalid(`The price's currency ${price.currency} does not match the invoice item's currency ${item.currency}.`, 'pricing[price]');
		Object.assign(previous, change(item, { pricing: { type: 'price_details', price_details: { price: price.id, product: price.product }, unit_amount_decimal: price.unit_amount_decimal ?? String(price.unit_amount ?? 0) } }));
	}
	const quantity = params.quantity ?? item.quantity;
	const unit = item.pricing?.unit_amount_decimal;
	let amount = item.amount;
	if (params.amount !== undefined) amount = params.amount;
	else if (params.unit_amount_decimal !== undefined) amount = Math.round(Number(params.unit_amount_decimal) * quantity);
	else if (item.pricing?.price_details && (params.quantity !== undefined || params.pricing)) amount = Math.round(Number(unit) * quantity);
	Object.assign(previous, change(item, { amount, net_amount: amount, quantity, quantity_decimal: String(quantity) }));
	if ('description' in params) Object.assign(previous, change(item, { description: params.description === '' ? null : params.description }));
	if ('discountable' in params) Object.assign(previous, change(item, { discountable: params.discountable }));
	if (params.period) Object.assign(previous, change(item, { period: { start: params.period.start, end: params.period.end } }));
	applyMetadata(item, params.metadata, previous);
	if (invoice) refreshInvoice(emu, invoice);
	return announce(emu, 'invoiceitem.updated', item, previous);
}

function deleteInvoiceItem(emu, _params, id) {
	const item = itemOf(emu, id);
	const invoice = checkItemEditable(emu, item);
	emu.store.remove('invoiceitem', id);
	if (invoice) refreshInvoice(emu, invoice);
	announce(emu, 'invoiceitem.deleted', item);
	return { id, object: 'invoiceitem', deleted: true };
}

function listInvoiceItems(emu, params) {
	const filter = (item) =>
		(params.customer === undefined || item.customer === params.customer) &&
		(params.invoice === undefined || item.invoice === params.invoice) &&
		(params.pending === undefined || (item.invoice === null) === params.pending);
	const any = params.customer !== undefined || params.invoice !== undefined || params.pending !== undefined;
	const page = emu.list('invoiceitem', params, any ? filter : undefined);
	return { object: 'list', url: '/v1/invoiceitems', has_more: page.has_more, data: page.data };
}

function retrieveInvoiceItem(emu, _params, id) {
	return itemOf(emu, id);
}

// ---- Invoice lines and amounts

function itemLine(item, invoice) {
	return {
		id: `il_${item.id.slice(3)}`,
		object: 'line_item',
		amount: item.amount,
		currency: item.currency,
		description: item.description,
		discount_amounts: [],
		discountable: item.discountable,
		discounts: [],
		invoice: invoice.id,
		livemode: item.livemode,
		metadata: structuredClone(item.metadata ?? {}),
		parent: {
			type: 'invoice_item_details',
			invoice_item_details: { invoice_item: item.id, proration: item.proration, proration_details: { credited_items: null }, subscription: item.parent?.subscription_details?.subscription ?? null },
			subscription_item_details: null,
		},
		period: structuredClone(item.period),
		pretax_credit_amounts: [],
		pricing: item.pricing ? structuredClone(item.pricing) : null,
		quantity: item.quantity,
		quantity_decimal: item.quantity_decimal,
		subscription: item.parent?.subscription_details?.subscription ?? null,
		subtotal: item.amount,
		taxes: [],
	};
}

/**
 * A line billed for a subscription item, from `draftInvoice`'s `lines`:
 * {price, quantity, subscription_item, period: {start, end}, description?, amount?, proration?}.
 */
function subscriptionLine(emu, spec, invoice) {
	const price = spec.price ? emu.store.get('price', idOf(spec.price)) : undefined;
	const quantity = spec.quantity ?? 1;
	const amount = spec.amount ?? (price?.unit_amount ?? 0) * quantity;
	const subscription = invoice.parent?.subscription_details?.subscription ?? spec.subscription ?? null;
	const product = price ? emu.store.get('product', price.product) : undefined;
	return {
		id: `il_${token(24)}`,
		object: 'line_item',
		amount,
		currency: price?.currency ?? spec.currency ?? invoice.currency,
		description: spec.description ?? `${quantity} × ${product?.name ?? 'Subscription'}`,
		discount_amounts: [],
		discountable: true,
		discounts: [],
		invoice: invoice.id,
		livemode: invoice.livemode,
		metadata: {},
		parent: {
			type: 'subscription_item_details',
			invoice_item_details: null,
			subscription_item_details: { invoice_item: null, proration: spec.proration ?? false, proration_details: { credited_items: null }, subscription, subscription_item: spec.subscription_item ?? null },
		},
		period: spec.period ? { start: spec.period.start, end: spec.period.end } : { start: invoice.created, end: invoice.created },
		pretax_credit_amounts: [],
		pricing: price ? { type: 'price_details', price_details: { price: price.id, product: price.product }, unit_amount_decimal: price.unit_amount_decimal ?? String(price.unit_amount ?? 0) } : null,
		quantity,
		quantity_decimal: String(quantity),
		subscription,
		subtotal: amount,
		taxes: [],
	};
}

/** Every line of the invoice, in Stripe's order: subscription lines, then invoice items oldest first. */
function linesOf(emu, invoice) {
	const items = emu.store.all('invoiceitem').filter((item) => item.invoice === invoice.id);
	return [...(invoice._subscriptionLines ?? []), ...items.map((item) => itemLine(item, invoice))];
}

/** Lines and amounts, recomputed from the invoice's items (a draft's only: a finalized invoice is frozen). */
function refreshInvoice(emu, invoice) {
	const lines = linesOf(emu, invoice);
	const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
	const amountDue = Math.max(0, subtotal + invoice.starting_balance);
	invoice.currency = lines[0]?.currency ?? invoice.currency;
	invoice.lines = { object: 'list', data: lines.slice(0, EMBEDDED_LINES), has_more: lines.length > EMBEDDED_LINES, url: `/v1/invoices/${invoice.id}/lines` };
	Object.assign(invoice, {
		subtotal,
		subtotal_excluding_tax: subtotal,
		total: subtotal,
		total_excluding_tax: subtotal,
		amount_due: amountDue,
		amount_remaining: Math.max(0, amountDue - invoice.amount_paid),
	});
	return invoice;
}

function invoiceLines(emu, params, id) {
	const invoice = invoiceOf(emu, id);
	const lines = linesOf(emu, invoice);
	const limit = params.limit ?? 10;
	let start = 0;
	if (params.starting_after !== undefined) {
		start = lines.findIndex((line) => line.id === params.starting_after) + 1;
		if (start === 0) throw invalid(`No such line item: '${params.starting_after}'`, 'starting_after', 'resource_missing');
	}
	return { object: 'list', url: `/v1/invoices/${id}/lines`, has_more: start + limit < lines.length, data: lines.slice(start, start + limit) };
}

// ---- Invoices

/**
 * A new draft invoice. `options`: customer (required), subscription, collection_method,
 * days_until_due, due_date, auto_advance, description, footer, metadata, currency,
 * billing_reason ('manual', 'subscription_create', 'subscription_cycle', …),
 * pending_invoice_items_behavior ('include': the customer's pending items join it; default
 * 'exclude', as POST /v1/invoices), lines (subscription lines, see `subscriptionLine`).
 */
function draftInvoice(emu, options) {
	const customer = existingCustomer(emu, options.customer);
	const collection = options.collection_method ?? 'charge_automatically';
	if (collection === 'send_invoice' && options.days_until_due === undefined && options.due_date === undefined) {
		throw invalid('Invoices with `collection_method=send_invoice` must have either `days_until_due` or `due_date` set.', 'days_until_due', 'parameter_missing');
	}
	if (collection === 'charge_automatically' && (options.days_until_due !== undefined || options.due_date !== undefined)) {
		const param = options.days_until_due !== undefined ? 'days_until_due' : 'due_date';
		throw invalid(`Invoices with \`collection_method=charge_automatically\` cannot have \`${param}\` set.`, param);
	}
	const now = emu.now();
	const subscription = options.subscription ?? null;
	const invoice = emu.store.build('invoice', {
		object: 'invoice',
		account_country: 'US',
		account_name: 'Emulator',
		account_tax_ids: null,
		amount_due: 0,
		amount_overpaid: 0,
		amount_paid: 0,
		amount_remaining: 0,
		amount_shipping: 0,
		application: null,
		attempt_count: 0,
		attempted: false,
		auto_advance: options.auto_advance ?? (subscription !== null),
		automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
		automatically_finalizes_at: null,
		billing_reason: options.billing_reason ?? (subscription ? 'subscription_create' : 'manual'),
		collection_method: collection,
		created: now,
		currency: options.currency ?? customer.currency ?? 'usd',
		custom_fields: null,
		customer: customer.id,
		customer_account: null,
		customer_address: null,
		customer_email: customer.email ?? null,
		customer_name: customer.name ?? null,
		customer_phone: customer.phone ?? null,
		customer_shipping: null,
		customer_tax_exempt: 'none',
		customer_tax_ids: [],
		default_payment_method: null,
		default_source: null,
		default_tax_rates: [],
		description: options.description ?? null,
		discounts: [],
		due_date: null,
		effective_at: null,
		ending_balance: null,
		footer: options.footer ?? null,
		from_invoice: null,
		hosted_invoice_url: null,
		invoice_pdf: null,
		issuer: { type: 'self' },
		last_finalization_error: null,
		latest_revision: null,
		livemode: emu.livemode,
		metadata: {},
		next_payment_attempt: null,
		number: null,
		on_behalf_of: null,
		parent: subscription ? { type: 'subscription_details', quote_details: null, subscription_details: { metadata: options.subscription_metadata ?? {}, subscription } } : null,
		payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
		period_end: options.period_end ?? now,
		period_start: options.period_start ?? now,
		post_payment_credit_notes_amount: 0,
		pre_payment_credit_notes_amount: 0,
		receipt_number: null,
		rendering: null,
		shipping_cost: null,
		shipping_details: null,
		starting_balance: 0,
		statement_descriptor: null,
		status: 'draft',
		status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
		subtotal: 0,
		subtotal_excluding_tax: 0,
		test_clock: null,
		total: 0,
		total_discount_amounts: [],
		total_excluding_tax: 0,
		total_pretax_credit_amounts: [],
		total_taxes: [],
		webhooks_delivered_at: now,
	});
	// Search and the list filter read the subscription here; Stripe's object has it under `parent`.
	hidden(invoice, 'subscription', subscription);
	hidden(invoice, '_daysUntilDue', options.days_until_due ?? null);
	if (options.due_date !== undefined) invoice.due_date = options.due_date;
	hidden(invoice, '_subscriptionLines', (options.lines ?? []).map((spec) => subscriptionLine(emu, spec, invoice)));
	applyMetadata(invoice, options.metadata, {});
	if (options.pending_invoice_items_behavior === 'include') {
		const pending = emu.store.all('invoiceitem').filter((item) => item.customer === customer.id && item.invoice === null && (!item.parent || item.parent.subscription_details?.subscription === subscription));
		const currency = invoice._subscriptionLines[0]?.currency ?? pending[0]?.currency ?? invoice.currency;
		for (const item of pending) if (item.currency === currency) item.invoice = invoice.id;
	}
	refreshInvoice(emu, invoice);
	return emu.store.insert('invoice', invoice);
}

function createInvoice(emu, params) {
	if (!params.customer) throw invalid('Missing required param: customer.', 'customer', 'parameter_missing');
	// With `subscription`, Stripe bills that subscription's pending items only (they are included).
	if (params.subscription !== undefined && !emu.store.get('subscription', params.subscription)) throw missing('subscription', params.subscription, 'subscription');
	const behavior = params.pending_invoice_items_behavior ?? (params.subscription === undefined ? 'exclude' : 'include');
	return draftInvoice(emu, { ...params, billing_reason: 'manual', pending_invoice_items_behavior: behavior });
}

const STATE_WORDS = { draft: 'a draft', open: 'open', paid: 'paid', void: 'void', uncollectible: 'uncollectible' };

/** draft → open: number, hosted page and PDF, due date; an invoice with nothing due is paid at once. */
function finalizeInvoice(emu, invoice, options = {}) {
	if (invoice.status !== 'draft') throw notEditable(`This invoice is already finalized, you can't re-finalize a non-draft invoice. Invoice ${invoice.id} is ${STATE_WORDS[invoice.status]}.`);
	refreshInvoice(emu, invoice);
	const now = emu.now();
	const secret = token(40);
	const previous = change(invoice, {
		status: 'open',
		number: `EMU${invoice.customer.slice(-4).toUpperCase()}-${String(emu.store.all('invoice').filter((other) => other.number).length + 1).padStart(4, '0')}`,
		hosted_invoice_url: `https://invoice.stripe.com/i/acct_emulator/test_${secret}?s=ap`,
		invoice_pdf: `https://pay.stripe.com/invoice/acct_emulator/test_${secret}/pdf?s=ap`,
		effective_at: now,
		status_transitions: { ...invoice.status_transitions, finalized_at: now },
		due_date: invoice.collection_method === 'send_invoice' ? (invoice.due_date ?? now + invoice._daysUntilDue * DAY) : null,
		next_payment_attempt: invoice.collection_method === 'charge_automatically' && invoice.amount_due > 0 ? now + 3600 : null,
		auto_advance: options.auto_advance ?? invoice.auto_advance,
		ending_balance: invoice.starting_balance,
	});
	announce(emu, 'invoice.finalized', invoice, previous);
	if (invoice.amount_due === 0) markPaid(emu, invoice, {});
	return invoice;
}

function markPaid(emu, invoice, { paid_out_of_band: outOfBand }) {
	const now = emu.now();
	const previous = change(invoice, {
		status: 'paid',
		amount_paid: invoice.amount_due,
		amount_remaining: 0,
		attempted: invoice.amount_due > 0 ? true : invoice.attempted,
		attempt_count: invoice.amount_due > 0 && !outOfBand ? invoice.attempt_count + 1 : invoice.attempt_count,
		next_payment_attempt: null,
		auto_advance: false,
		status_transitions: { ...invoice.status_transitions, paid_at: now },
	});
	if (outOfBand) invoice.amount_paid_off_stripe = invoice.amount_due;
	if (invoice.amount_due > 0 && !outOfBand) {
		emu.store.insert('invoice_payment', {
			id: `inpay_${token(24)}`,
			object: 'invoice_payment',
			amount_paid: invoice.amount_due,
			amount_requested: invoice.amount_due,
			created: now,
			currency: invoice.currency,
			invoice: invoice.id,
			is_default: true,
			livemode: invoice.livemode,
			payment: { type: 'payment_intent', payment_intent: `pi_${token(24)}` },
			status: 'paid',
			status_transitions: { canceled_at: null, paid_at: now },
		});
	}
	announce(emu, 'invoice.paid', invoice, previous);
	if (invoice.amount_due > 0 && !outOfBand) announce(emu, 'invoice.payment_succeeded', invoice);
	return invoice;
}

/**
 * open/uncollectible → paid. A draft is finalized first (as Stripe's pay does). The emulator keeps no
 * payment methods: a payment attempt succeeds; `paid_out_of_band` records money received elsewhere.
 */
function payInvoice(emu, invoice, options = {}) {
	if (invoice.status === 'draft') finalizeInvoice(emu, invoice);
	if (invoice.status === 'paid') throw notEditable(`Invoice ${invoice.id} is already paid.`);
	if (invoice.status === 'void') throw notEditable(`Invoice ${invoice.id} is void and can no longer be paid.`);
	return markPaid(emu, invoice, options);
}

function voidInvoice(emu, invoice) {
	if (invoice.status !== 'open' && invoice.status !== 'uncollectible') {
		const hint = invoice.status === 'draft' ? ' Delete a draft invoice instead.' : '';
		throw notEditable(`You can only void open or uncollectible invoices. Invoice ${invoice.id} is ${STATE_WORDS[invoice.status]}.${hint}`);
	}
	const previous = change(invoice, {
		status: 'void',
		amount_remaining: 0,
		auto_advance: false,
		next_payment_attempt: null,
		status_transitions: { ...invoice.status_transitions, voided_at: emu.now() },
	});
	return announce(emu, 'invoice.voided', invoice, previous);
}

function markUncollectible(emu, invoice) {
	if (invoice.status !== 'open') throw notEditable(`You can only mark open invoices as uncollectible. Invoice ${invoice.id} is ${STATE_WORDS[invoice.status]}.`);
	const previous = change(invoice, {
		status: 'uncollectible',
		auto_advance: false,
		next_payment_attempt: null,
		status_transitions: { ...invoice.status_transitions, marked_uncollectible_at: emu.now() },
	});
	return announce(emu, 'invoice.marked_uncollectible', invoice, previous);
}

/** Emails the invoice (in test mode nothing is sent, but `invoice.sent` is announced, as Stripe does). */
function sendInvoice(emu, invoice) {
	if (invoice.status === 'draft') throw notEditable(`You can't send a draft invoice: finalize invoice ${invoice.id} first.`);
	if (invoice.status !== 'open') throw notEditable(`You can only send open invoices. Invoice ${invoice.id} is ${STATE_WORDS[invoice.status]}.`);
	return announce(emu, 'invoice.sent', invoice);
}

/** Only a draft can be deleted; its invoice items become pending again. */
function deleteInvoice(emu, invoice) {
	if (invoice.status !== 'draft') {
		throw notEditable(`You can only delete draft invoices. Invoice ${invoice.id} is ${STATE_WORDS[invoice.status]}: void it instead, or mark it uncollectible.`);
	}
	for (const item of emu.store.all('invoiceitem')) if (item.invoice === invoice.id) item.invoice = null;
	emu.store.remove('invoice', invoice.id);
	announce(emu, 'invoice.deleted', invoice);
	return { id: invoice.id, object: 'invoice', deleted: true };
}

/** A finalized invoice keeps its money fields: only description, footer, metadata and auto_advance change. */
function updateInvoice(emu, invoice, params) {
	const frozen = ['collection_method', 'days_until_due', 'due_date', 'currency'].find((field) => params[field] !== undefined);
	if (frozen && invoice.status !== 'draft') throw notEditable(`Finalized invoices can't be updated in this way: \`${frozen}\` can only change on a draft invoice (invoice ${invoice.id} is ${STATE_WORDS[invoice.status]}).`);
	if (invoice.status === 'void' && Object.keys(params).some((field) => field !== 'metadata' && field !== 'expand')) {
		throw notEditable(`Invoice ${invoice.id} is void: only its metadata can change.`);
	}
	const fields = {};
	for (const field of ['description', 'footer', 'auto_advance', 'collection_method', 'due_date']) if (field in params) fields[field] = params[field] === '' ? null : params[field];
	const collection = fields.collection_method ?? invoice.collection_method;
	if ('days_until_due' in params) invoice._daysUntilDue = params.days_until_due;
	if (collection === 'send_invoice' && invoice._daysUntilDue === null && (fields.due_date ?? invoice.due_date) === null) {
		throw invalid('Invoices with `collection_method=send_invoice` must have either `days_until_due` or `due_date` set.', 'days_until_due', 'parameter_missing');
	}
	if (collection === 'charge_automatically' && fields.collection_method) {
		invoice._daysUntilDue = null;
		fields.due_date = null;
	}
	const previous = change(invoice, fields);
	applyMetadata(invoice, params.metadata, previous);
	return announce(emu, 'invoice.updated', invoice, previous);
}

function listInvoices(emu, params) {
	const filter = (invoice) =>
		(params.customer === undefined || invoice.customer === params.customer) &&
		(params.status === undefined || invoice.status === params.status) &&
		(params.subscription === undefined || invoice.subscription === params.subscription) &&
		(params.collection_method === undefined || invoice.collection_method === params.collection_method);
	const any = ['customer', 'status', 'subscription', 'collection_method'].some((field) => params[field] !== undefined);
	const page = emu.list('invoice', params, any ? filter : undefined);
	return { object: 'list', url: '/v1/invoices', has_more: page.has_more, data: page.data };
}

/** A route handler for an action on one invoice: `(emu, invoice, params)`. */
const onInvoice = (action) => (emu, params, id) => action(emu, invoiceOf(emu, id), params);

// ---- Parameter schemas of the endive line where the published (acacia) spec differs

function schemaOf(method, specPath, alter) {
	let schema;
	const get = () => (schema ??= alter(structuredClone(operationSchema(method, specPath))));
	return {
		get properties() {
			return get().properties;
		},
		get required() {
			return get().required;
		},
	};
}

const PRICING = { type: 'object', properties: { price: { type: 'string', maxLength: 5000 } } };
const DECIMAL = { type: 'string', format: 'decimal' };

/** basil: an invoice item's price is `pricing[price]` (no `price`, no `unit_amount`); `quantity_decimal` joins. */
function endiveItemParams(schema) {
	delete schema.properties.price;
	delete schema.properties.unit_amount;
	schema.properties.pricing = PRICING;
	schema.properties.quantity_decimal = DECIMAL;
	return schema;
}

const invoiceItemCreate = schemaOf('POST', '/v1/invoiceitems', endiveItemParams);
const invoiceItemUpdate = schemaOf('POST', '/v1/invoiceitems/{invoiceitem}', endiveItemParams);
const routes = [
	['POST', /^\/v1\/invoiceitems$/, invoiceItemCreate, createInvoiceItem],
	['GET', /^\/v1\/invoiceitems$/, '/v1/invoiceitems', listInvoiceItems],
	['GET', /^\/v1\/invoiceitems\/([^/]+)$/, '/v1/invoiceitems/{invoiceitem}', retrieveInvoiceItem],
	['POST', /^\/v1\/invoiceitems\/([^/]+)$/, invoiceItemUpdate, (emu, params, id) => updateInvoiceItem(emu, id, params)],
	['DELETE', /^\/v1\/invoiceitems\/([^/]+)$/, '/v1/invoiceitems/{invoiceitem}', deleteInvoiceItem],
	['POST', /^\/v1\/invoices$/, '/v1/invoices', createInvoice],
	['GET', /^\/v1\/invoices$/, '/v1/invoices', listInvoices],
	['GET', /^\/v1\/invoices\/search$/, '/v1/invoices/search', searchHandler('invoice', '/v1/invoices/search')],
	['GET', /^\/v1\/invoices\/([^/]+)\/lines$/, '/v1/invoices/{invoice}/lines', invoiceLines],
	['POST', /^\/v1\/invoices\/([^/]+)\/finalize$/, '/v1/invoices/{invoice}/finalize', onInvoice(finalizeInvoice)],
	['POST', /^\/v1\/invoices\/([^/]+)\/pay$/, '/v1/invoices/{invoice}/pay', onInvoice(payInvoice)],
	['POST', /^\/v1\/invoices\/([^/]+)\/send$/, '/v1/invoices/{invoice}/send', onInvoice(sendInvoice)],
	['POST', /^\/v1\/invoices\/([^/]+)\/void$/, '/v1/invoices/{invoice}/void', onInvoice(voidInvoice)],
	['POST', /^\/v1\/invoices\/([^/]+)\/mark_uncollectible$/, '/v1/invoices/{invoice}/mark_uncollectible', onInvoice(markUncollectible)],
	['GET', /^\/v1\/invoices\/([^/]+)$/, '/v1/invoices/{invoice}', (emu, _params, id) => invoiceOf(emu, id)],
	['POST', /^\/v1\/invoices\/([^/]+)$/, '/v1/invoices/{invoice}', onInvoice(updateInvoice)],
	['DELETE', /^\/v1\/invoices\/([^/]+)$/, '/v1/invoices/{invoice}', onInvoice(deleteInvoice)],
];

module.exports = {
	routes,
	prefixes,
	creationEvents,
	draftInvoice,
	finalizeInvoice,
	payInvoice,
	voidInvoice,
	markUncollectible,
	sendInvoice,
	deleteInvoice,
	updateInvoice,
	createInvoiceItem,
	refreshInvoice,
};
