'use strict';
/** Stripe's semantics for the objects our nodes touch: what each route does with valid parameters. */
const { ParamError } = require('./validate');

// Lazily: events.js builds on this module.
const announceChange = (...args) => require('./events').announceChange(...args);

class StripeError extends Error {
	constructor(status, fields) {
		super(fields.message);
		this.status = status;
		this.fields = fields;
	}
}

const missing = (kind, id, param = 'id') =>
	new StripeError(404, { type: 'invalid_request_error', code: 'resource_missing', param, message: `No such ${kind}: '${id}'` });

/** '' unsets a field (null); for metadata '' clears all and a '' value removes that key. */
function applyFields(object, params, fields) {
	for (const field of fields) if (field in params) object[field] = params[field] === '' ? null : params[field];
	if ('metadata' in params) {
		if (params.metadata === '') object.metadata = {};
		else {
			for (const [key, value] of Object.entries(params.metadata)) {
				if (value === '') delete object.metadata[key];
				else object.metadata[key] = value;
			}
		}
	}
	checkMetadata(object.metadata ?? {});
}

function checkMetadata(metadata) {
	const keys = Object.keys(metadata);
	if (keys.length > 50) throw new ParamError('parameter_invalid_metadata', 'metadata', 'Invalid metadata: metadata can have at most 50 keys.');
	for (const key of keys) {
		if (key.length > 40) throw new ParamError('parameter_invalid_metadata', `metadata[${key}]`, 'Invalid metadata: keys can be at most 40 characters long.');
		if (String(metadata[key]).length > 500) throw new ParamError('parameter_invalid_metadata', `metadata[${key}]`, 'Invalid metadata: values can be at most 500 characters long.');
	}
}

function checkImages(images) {
	if (Array.isArray(images) && images.length > 8) throw new ParamError('parameter_invalid_array', 'images', 'Invalid array: images can have at most 8 items.');
}

const CUSTOMER_FIELDS = ['description', 'email', 'name', 'phone', 'balance', 'business_name', 'individual_name'];
const PRODUCT_FIELDS = ['name', 'active', 'description', 'shippable', 'url', 'statement_descriptor', 'unit_label'];

function createCustomer(emu, params) {
	const customer = emu.store.build('customer', { created: emu.now(), livemode: emu.livemode, metadata: {}, email: null, description: null, name: null, currency: null });
	applyFields(customer, params, CUSTOMER_FIELDS);
	return emu.store.insert('customer', customer);
}

function updateCustomer(emu, id, params) {
	const customer = emu.store.get('customer', id);
	if (!customer) throw missing('customer', id);
	const before = structuredClone(customer);
	applyFields(customer, params, CUSTOMER_FIELDS);
	return announceChange(emu, 'customer.updated', before, customer);
}

function deleteCustomer(emu, id) {
	const customer = emu.store.get('customer', id);
	if (!customer) throw missing('customer', id);
	emu.store.remove('customer', id);
	emu.webhooks.announce('customer.deleted', customer);
	return { id, object: 'customer', deleted: true };
}

function createProduct(emu, params) {
	if (params.id && (emu.store.get('product', params.id) || emu.store.isDeleted('product', params.id))) {
		throw new StripeError(400, { type: 'invalid_request_error', code: 'resource_already_exists', param: 'id', message: 'Product already exists.' });
	}
	checkImages(params.images);
	const now = emu.now();
	const product = emu.store.build('product', {
		id: params.id,
		created: now,
		updated: now,
		livemode: emu.livemode,
		metadata: {},
		images: params.images === '' ? [] : params.images ?? [],
		active: true,
		description: null,
		shippable: null,
		url: null,
		default_price: null,
	});
	applyFields(product, params, PRODUCT_FIELDS);
	emu.store.insert('product', product);
	// Lazily: selling.js builds on this module.
	if (params.default_price_data) require('./selling').attachDefaultPrice(emu, product, params.default_price_data);
	return product;
}

function updateProduct(emu, id, params) {
	const product = emu.store.get('product', id);
	if (!product) throw missing('product', id);
	checkImages(params.images);
	const before = structuredClone(product);
	applyFields(product, params, PRODUCT_FIELDS);
	if ('images' in params) product.images = params.images === '' ? [] : params.images;
	product.updated = emu.now();
	return announceChange(emu, 'product.updated', before, product);
}

/** Stripe refuses to delete a product that has prices (here: one with a default price). */
function deleteProduct(emu, id) {
	const product = emu.store.get('product', id);
	if (!product) throw missing('product', id);
	if (product.default_price) {
		throw new StripeError(400, { type: 'invalid_request_error', message: 'This product cannot be deleted because it has one or more user-created prices.' });
	}
	emu.store.remove('product', id);
	emu.webhooks.announce('product.deleted', product);
	return { id, object: 'product', deleted: true };
}

module.exports = { StripeError, missing, createCustomer, updateCustomer, deleteCustomer, createProduct, updateProduct, deleteProduct, checkMetadata };
