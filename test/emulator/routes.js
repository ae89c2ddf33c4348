'use strict';
/** The Stripe routes the emulator answers, each with its OpenAPI operation and its behaviour. */
const fixtures = require('./fixtures.json');
const resources = require('./resources');
const { querySchema } = require('./validate');
const { webhookRoutes } = require('./webhooks');
const { eventRoutes } = require('./events');
const { invoicePaymentRoutes } = require('./invoicePayments');
const { listHandler, retrieveHandler, searchHandler } = require('./handlers');
const areas = require('./areas');
const selling = require('./selling');

const { StripeError } = resources;

const routes = [
	['POST', /^\/v1\/customers$/, '/v1/customers', (emu, params) => resources.createCustomer(emu, params)],
	['GET', /^\/v1\/customers$/, '/v1/customers', listHandler('customer', '/v1/customers', ['email'])],
	['GET', /^\/v1\/customers\/search$/, '/v1/customers/search', searchHandler('customer', '/v1/customers/search')],
	['GET', /^\/v1\/customers\/([^/]+)$/, '/v1/customers/{customer}', retrieveHandler('customer', 'customer', true)],
	['POST', /^\/v1\/customers\/([^/]+)$/, '/v1/customers/{customer}', (emu, params, id) => resources.updateCustomer(emu, id, params)],
	['DELETE', /^\/v1\/customers\/([^/]+)$/, '/v1/customers/{customer}', (emu, _params, id) => resources.deleteCustomer(emu, id)],
	['POST', /^\/v1\/products$/, '/v1/products', (emu, params) => resources.createProduct(emu, params)],
	['GET', /^\/v1\/products$/, '/v1/products', listHandler('product', '/v1/products', ['active', 'shippable'])],
	['GET', /^\/v1\/products\/search$/, '/v1/products/search', searchHandler('product', '/v1/products/search')],
	['GET', /^\/v1\/products\/([^/]+)$/, '/v1/products/{id}', retrieveHandler('product', 'product', true)],
	['POST', /^\/v1\/products\/([^/]+)$/, '/v1/products/{id}', (emu, params, id) => resources.updateProduct(emu, id, params)],
	['DELETE', /^\/v1\/products\/([^/]+)$/, '/v1/products/{id}', (emu, _params, id) => resources.deleteProduct(emu, id)],
	['GET', /^\/v1\/checkout\/sessions$/, '/v1/checkout/sessions', listHandler('checkout.session', '/v1/checkout/sessions', ['status', 'customer', 'payment_intent', 'payment_link'])],
	['GET', /^\/v1\/checkout\/sessions\/([^/]+)$/, '/v1/checkout/sessions/{session}', selling.retrieveCheckoutSession],
	['GET', /^\/v1\/orders$/, querySchema(fixtures._legacyOrdersListParams), listHandler('order', '/v1/orders', ['customer', 'status']), 'legacy'],
	['GET', /^\/v1\/orders\/([^/]+)$/, querySchema([{ name: 'expand', in: 'query', schema: { type: 'array', items: { type: 'string' } } }]), retrieveHandler('order', 'order'), 'legacy'],
	...webhookRoutes,
	...eventRoutes,
	...invoicePaymentRoutes,
	...areas.flatMap((area) => area.routes),
];

function findRoute(method, pathname) {
	for (const [routeMethod, pattern, operation, handler, flag] of routes) {
		if (routeMethod !== method) continue;
		const match = pattern.exec(pathname);
		if (match) return { operation, handler, id: match[1] === undefined ? undefined : decodeURIComponent(match[1]), legacy: flag === 'legacy' };
	}
	return undefined;
}

/** Stripe's permission for a restricted key: customers read only, by design of the test keys. */
function unrecognized(method, pathname) {
	return new StripeError(404, {
		type: 'invalid_request_error',
		message: `Unrecognized request URL (${method}: ${pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
	});
}

module.exports = { findRoute, unrecognized };
