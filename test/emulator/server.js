'use strict';
/** The emulator's HTTP front: auth, version, knobs (latency, rate limit, faults), idempotency, routing. */
const http = require('node:http');
const { randomBytes } = require('node:crypto');
const { parseForm } = require('./formBody');
const { StripeError } = require('./resources');
const { findRoute, unrecognized } = require('./routes');
const { operationSchema, validateParams, ParamError } = require('./validate');
const { render, versionedSchema } = require('./versions');
const { applyExpand } = require('./expand');

const DEFAULT_KEYS = {
	test: 'sk_test_emulator',
	live: 'sk_live_emulator',
	restrictedRead: 'rk_test_customerread',
	restrictedNone: 'rk_test_nopermission',
	revoked: 'sk_test_revoked',
};
const VERSION = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;
const IDEMPOTENCY_TTL = 24 * 3600;
const RATE_LIMITED = 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.';

const mask = (key) => `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;

function errorBody(fields, requestId) {
	const error = { ...fields, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` };
	if (fields.code) error.doc_url = `https://stripe.com/docs/error-codes/${fields.code.replace(/_/g, '-')}`;
	return { error };
}

function authenticate(emu, header, method, url, rawBody) {
	let key;
	if (header?.startsWith('Bearer ')) key = header.slice(7).trim();
	else if (header?.startsWith('Basic ')) key = Buffer.from(header.slice(6), 'base64').toString().split(':')[0];
	if (!key) {
		throw new StripeError(401, {
			type: 'invalid_request_error',
			message: 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. \'Authorization: Bearer YOUR_SECRET_KEY\').',
		});
	}
	if (emu.restrictedKeys.has(key)) return emu.restrictedKeys.authorize(key, method, url, parseForm(method === 'POST' ? rawBody : url.search.slice(1)));
	const { keys } = emu;
	const pathname = url.pathname;
	if (key === keys.revoked) {
		throw new StripeError(401, { type: 'invalid_request_error', code: 'api_key_expired', message: `Expired API Key provided: ${mask(key)}` });
	}
	if (!Object.values(keys).includes(key)) {
		throw new StripeError(401, { type: 'invalid_request_error', message: `Invalid API Key provided: ${mask(key)}` });
	}
	const allowed = key.startsWith('sk_') || (key === keys.restrictedRead && method === 'GET' && pathname.startsWith('/v1/customers'));
	if (!allowed) {
		throw new StripeError(403, {
			type: 'invalid_request_error',
			message: `The provided key '${mask(key)}' does not have the required permissions for this endpoint on account 'acct_emulator'. Having the 'rak_customer_read' permission would allow this request to continue.`,
		});
	}
	return key;
}

function createServer(emu) {
	const sockets = new Set();
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			handle(emu, req, res, Buffer.concat(chunks).toString()).catch((error) => {
				res.statusCode = 500;
				res.end(JSON.stringify({ error: { type: 'api_error', message: `emulator bug: ${error.message}` } }));
			});
		});
	});
	server.keepAliveTimeout = 30000;
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.destroySockets = () => sockets.forEach((socket) => socket.destroy());
	return server;
}

async function handle(emu, req, res, rawBody) {
	const url = new URL(req.url, 'http://emulator');
	if (url.pathname.startsWith('/__emulator/')) return emu.controlRoute(req.method, url.pathname.slice(12), rawBody, res);
	const requestId = `req_${randomBytes(7).toString('hex')}`;
	const method = req.method;
	emu.stats.requests++;
	const logEntry = { method, path: url.pathname, stripeVersion: req.headers['stripe-version'], receivedAt: performance.now(), answeredAt: undefined, status: undefined };
	emu.requestLog.push(logEntry);
	const routeKey = `${method} ${url.pathname.replace(/\/(cus|prod|ch|ii|cs_test|or|price|plink|promo|evt)_[^/]+$/, '/{id}')}`;
	emu.stats.byRoute[routeKey] = (emu.stats.byRoute[routeKey] ?? 0) + 1;
	const send = (status, body, extraHeaders = {}) => {
		res.statusCode = status;
		res.setHeader('Content-Type', 'application/json');
		res.setHeader('Request-Id', requestId);
		if (req.headers['stripe-version']) res.setHeader('Stripe-Version', req.headers['stripe-version']);
		for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
		logEntry.status = status;
		logEntry.answeredAt = performance.now();
		if (status === 429) emu.stats.responses429++;
		if (status >= 500) emu.stats.responses5xx++;
		res.end(JSON.stringify(body));
	};
	const route = findRoute(method, url.pathname);
	// The id may be followed by a sub-resource (`/v1/checkout/sessions/{id}/expire`): one endpoint for every id.
	const endpoint = `${method} ${route?.id === undefined ? url.pathname : url.pathname.replace(`/${encodeURIComponent(route.id)}`, '/{id}')}`;
	if (emu.overLimits(/^Bearer [sr]k_live_/.test(req.headers.authorization ?? '') ? 'live' : 'test', endpoint)) {
		emu.stats.rateLimited++;
		return send(429, errorBody({ type: 'invalid_request_error', code: 'rate_limit', message: RATE_LIMITED }, requestId));
	}
	const stripeTime = emu.stripeTimeMs(method);
	if (stripeTime > 0) await new Promise((resolve) => setTimeout(resolve, stripeTime));

	const fault = emu.takeFault(method, url.pathname, method === 'GET' ? url.search : rawBody);
	if (fault?.kind === 'drop-before') {
		logEntry.status = 'dropped';
		emu.stats.dropped++;
		return req.socket.destroy();
	}
	if (fault?.kind === 'status' && !fault.stored) {
		const headers = fault.shouldRetry === undefined ? {} : { 'Stripe-Should-Retry': String(fault.shouldRetry) };
		const type = fault.type ?? (fault.status < 500 ? 'invalid_request_error' : 'api_error');
		const message = fault.message ?? `Injected ${fault.status}${fault.code ? ` (${fault.code})` : ''}.`;
		return send(fault.status, errorBody({ type, code: fault.code, param: fault.param, message }, requestId), headers);
	}

	let key;
	try {
		key = authenticate(emu, req.headers.authorization, method, url, rawBody);
	} catch (error) {
		return send(error.status, errorBody(error.fields, requestId));
	}
	if (emu.rateLimited(key)) {
		return send(429, errorBody({ type: 'invalid_request_error', code: 'rate_limit', message: RATE_LIMITED }, requestId));
	}
	const version = req.headers['stripe-version'];
	if (version !== undefined) {
		emu.stats.lastStripeVersion = version;
		if (!VERSION.test(version)) return send(400, errorBody({ type: 'invalid_request_error', message: `Invalid Stripe API version: ${version}` }, requestId));
	}

	const idempotencyKey = method === 'POST' ? req.headers['idempotency-key'] : undefined;
	if (idempotencyKey !== undefined) {
		if (idempotencyKey.length > 255) {
			return send(400, errorBody({ type: 'invalid_request_error', message: 'Idempotency keys can be at most 255 characters long.' }, requestId));
		}
		const stored = emu.idempotency.get(`${key}\u0000${idempotencyKey}`);
		if (stored && stored.at + IDEMPOTENCY_TTL > emu.now()) {
			if (stored.method !== method || stored.path !== url.pathname || stored.body !== rawBody) {
				return send(400, errorBody({ type: 'idempotency_error', message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.` }, requestId));
			}
			emu.stats.idempotentReplays++;
			return finish(stored.status, stored.body_out, { 'Idempotent-Replayed': 'true' });
		}
	}

	// A `stored` status fault is Stripe failing after the endpoint began executing: its 5xx is kept
	// under the Idempotency-Key and replayed to every repeat with the same parameters, as Stripe does.
	const [status, body, validated] =
		fault?.kind === 'status' && fault.stored
			? [fault.status, errorBody({ type: fault.type ?? 'api_error', message: fault.message ?? `Injected ${fault.status}.` }, requestId), true]
			: duringRequest(emu, { id: requestId, idempotency_key: idempotencyKey ?? null }, req.headers['stripe-account'] ?? null, () => execute(emu, key, method, url, rawBody, requestId, version));
	// Stripe stores a result only once the endpoint began executing: not for a request that failed validation.
	if (idempotencyKey !== undefined && validated) {
		emu.idempotency.set(`${key}\u0000${idempotencyKey}`, { method, path: url.pathname, body: rawBody, status, body_out: body, at: emu.now() });
	}
	return finish(status, body);

	// Objects are kept in the account default's shapes (endive); an older Stripe-Version sees them as it did.
	/** The answer, unless a drop-after fault loses it (after the write and after any replay alike). */
	function finish(status, body, headers) {
		if (fault?.kind === 'drop-after') {
			logEntry.status = 'dropped';
			emu.stats.dropped++;
			return req.socket.destroy();
		}
		send(status, status < 300 ? render(body, version, emu) : body, headers);
	}
}

/**
 * Runs a (synchronous) handler with `emu.currentRequest` set, and `emu.currentAccount` (the
 * Stripe-Account header, a connected account): the events it announces name both.
 */
function duringRequest(emu, request, account, run) {
	emu.currentRequest = request;
	emu.currentAccount = account;
	try {
		return run();
	} finally {
		emu.currentRequest = null;
		emu.currentAccount = null;
	}
}

function execute(emu, key, method, url, rawBody, requestId, version) {
	const route = findRoute(method, url.pathname);
	try {
		if (!route || (route.legacy && !emu.legacyOrders)) throw unrecognized(method, url.pathname);
		const schema = typeof route.operation === 'string' ? versionedSchema(operationSchema(method, route.operation), method, route.operation, version) : route.operation;
		const raw = method === 'POST' ? parseForm(rawBody) : parseForm(url.search.slice(1));
		const params = validateParams(raw, schema);
		emu.livemode = key.includes('_live_');
		return [200, applyExpand(emu, route.handler(emu, params, route.id), params.expand, version), true];
	} catch (error) {
		if (error instanceof ParamError) {
			return [400, errorBody({ type: 'invalid_request_error', code: error.code, param: error.param, message: error.message }, requestId), false];
		}
		if (error instanceof StripeError) return [error.status, errorBody(error.fields, requestId), route !== undefined];
		if (error.param) {
			return [400, errorBody({ type: 'invalid_request_error', code: 'resource_missing', param: error.param, message: error.message }, requestId), true];
		}
		throw error;
	}
}

module.exports = { createServer, DEFAULT_KEYS };
