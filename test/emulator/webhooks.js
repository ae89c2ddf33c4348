'use strict';
/**
 * Stripe's webhook side: endpoints (/v1/webhook_endpoints), events for new objects, and signed
 * deliveries over real HTTP, with switches for what Stripe may do to a delivery: duplicate it,
 * shuffle and delay it, fail it (never arrives), hold it while the receiver is down. A delivery
 * answered non-2xx (or not at all) is sent again after each delay of `retryScheduleMs`, as Stripe
 * retries on its own schedule (hours to days; here milliseconds, off by default).
 *
 * Signature as Stripe documents it: `Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`.
 */
const http = require('node:http');
const { createHmac, randomBytes } = require('node:crypto');
const { StripeError, missing, checkMetadata } = require('./resources');
const { ParamError, operationSchema } = require('./validate');
const { renderEvent } = require('./versions');
const areas = require('./areas');

const areaCreationEvents = Object.assign({}, ...areas.map((area) => area.creationEvents));

const MAX_ENDPOINTS = 16;
const VERSION = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;

/** The event each emulated creation announces. */
function creationEvent(type, object) {
	switch (type) {
		case 'customer':
			return 'customer.created';
		case 'invoiceitem':
			return 'invoiceitem.created';
		case 'product':
			return 'product.created';
		case 'charge':
			return `charge.${object.status === 'pending' || object.status === 'failed' ? object.status : 'succeeded'}`;
		case 'checkout.session':
			return object.status === 'complete' ? 'checkout.session.completed' : undefined;
		default:
			return areaCreationEvents[type];
	}
}

/**
 * The event a change to an object announces when the test names none: a charge's new status or its
 * refund (`charge.succeeded`, `charge.refunded`…), a Checkout Session completing or expiring, else
 * `<type>.updated`.
 */
function changeEvent(type, before, after) {
	if (type === 'charge') {
		if (after.refunded && !before.refunded) return 'charge.refunded';
		if (after.captured && before.captured === false) return 'charge.captured';
		if (after.status !== before.status && ['succeeded', 'failed', 'pending'].includes(after.status)) return `charge.${after.status}`;
	}
	if (type === 'checkout.session' && after.status !== before.status) {
		return { complete: 'checkout.session.completed', expired: 'checkout.session.expired' }[after.status];
	}
	return `${type}.updated`;
}

function signatureHeader(secret, body, timestamp) {
	const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
	return `t=${timestamp},v1=${v1}`;
}

/** The OpenAPI schema of a webhook endpoint POST, with api_version open to versions newer than the spec. */
function endpointSchema(specPath) {
	const schema = structuredClone(operationSchema('POST', specPath));
	if (schema.properties.api_version) schema.properties.api_version = { type: 'string' };
	return schema;
}

const isLocalHost = (host) => /^(localhost|127\.|10\.|192\.168\.|0\.0\.0\.0|\[::1\])/.test(host);

class Webhooks {
	constructor(emu) {
		this.emu = emu;
		this.reset();
	}

	reset() {
		this.endpoints = new Map();
		this.log = [];
		this.inFlight = new Set();
		this.held = [];
		this.sequence = 0;
		this.options = { duplicate: 1, shuffle: false, delayMs: 0, jitterMs: 0, dropFirst: 0, down: false, rejectLocalUrls: false, retryScheduleMs: [] };
		this.random = mulberry32(7);
	}

	configure(options) {
		Object.assign(this.options, options);
		if (options.down === false) this.releaseHeld();
	}

	// --- /v1/webhook_endpoints -------------------------------------------------------------

	create(params) {
		const emu = this.emu;
		const live = emu.livemode;
		const count = [...this.endpoints.values()].filter((endpoint) => endpoint.livemode === live).length;
		if (count >= MAX_ENDPOINTS) {
			throw new StripeError(400, {
				type: 'invalid_request_error',
				message: `You have reached the maximum of ${MAX_ENDPOINTS} ${live ? 'live' : 'test'} webhook endpoints.`,
			});
		}
		this.checkUrl(params.url);
		if (params.api_version !== undefined && !VERSION.test(params.api_version)) {
			throw new ParamError('parameter_invalid_string', 'api_version', `Invalid Stripe API version: ${params.api_version}`);
		}
		checkMetadata(params.metadata ?? {});
		const endpoint = {
			id: `we_${randomBytes(12).toString('hex')}`,
			object: 'webhook_endpoint',
			api_version: params.api_version ?? null,
			application: null,
			created: emu.now(),
			description: params.description ?? null,
			enabled_events: params.enabled_events,
			livemode: live,
			metadata: { ...(params.metadata ?? {}) },
			status: 'enabled',
			url: params.url,
		};
		// `connect=true`: the endpoint receives the events of connected accounts (and only those); not a field of the object.
		Object.defineProperty(endpoint, 'connect', { value: Boolean(params.connect), enumerable: false });
		const secret = `whsec_${randomBytes(24).toString('base64url')}`;
		Object.defineProperty(endpoint, 'secret', { value: secret, enumerable: false, writable: true });
		this.endpoints.set(endpoint.id, endpoint);
		// The secret is answered once, at creation.
		return { ...endpoint, secret };
	}

	retrieve(id) {
		const endpoint = this.endpoints.get(id);
		if (!endpoint) throw missing('webhook_endpoint', id, 'webhook_endpoint');
		return endpoint;
	}

	update(id, params) {
		const endpoint = this.retrieve(id);
		if (params.url !== undefined) {
			this.checkUrl(params.url);
			endpoint.url = params.url;
		}
		if (params.enabled_events !== undefined) endpoint.enabled_events = params.enabled_events;
		if (params.description !== undefined) endpoint.description = params.description === '' ? null : params.description;
		if (params.disabled !== undefined) endpoint.status = params.disabled ? 'disabled' : 'enabled';
		if (params.metadata !== undefined) {
			for (const [key, value] of Object.entries(params.metadata)) {
				if (value === '') delete endpoint.metadata[key];
				else endpoint.metadata[key] = value;
			}
			checkMetadata(endpoint.metadata);
		}
		return endpoint;
	}

	remove(id) {
		this.retrieve(id);
		this.endpoints.delete(id);
		return { id, object: 'webhook_endpoint', deleted: true };
	}

	list(params) {
		const all = [...this.endpoints.values()].reverse();
		const limit = params.limit ?? 10;
		let start = 0;
		if (params.starting_after) start = all.findIndex((endpoint) => endpoint.id === params.starting_after) + 1;
		const data = all.slice(start, start + limit);
		return { object: 'list', url: '/v1/webhook_endpoints', has_more: start + limit < all.length, data };
	}

	checkUrl(url) {
		let parsed;
		try {
			parsed = new URL(url);
		} catch {
			throw new StripeError(400, { type: 'invalid_request_error', code: 'url_invalid', param: 'url', message: `Invalid URL: ${url}` });
		}
		if (this.options.rejectLocalUrls && isLocalHost(parsed.host)) {
			throw new StripeError(400, {
				type: 'invalid_request_error',
				code: 'url_invalid',
				param: 'url',
				message: 'Invalid URL: URL must be publicly accessible. Consider using a tool like the Stripe CLI to test webhooks locally.',
			});
		}
	}

	// --- events and deliveries -------------------------------------------------------------

	/**
	 * Stripe's event for `object`, recorded and delivered to every enabled endpoint subscribed to
	 * `type`. `previousAttributes` (the old values of what changed) becomes `data.previous_attributes`;
	 * `request` names the API request under way (null fields for a change made through the control).
	 * `created` and `apiVersion` override the clock and the account default, `account` names a
	 * connected account (default: the request's Stripe-Account) (control.emitEvent).
	 */
	announce(eventType, object, previousAttributes, { created, apiVersion, account } = {}) {
		if (!eventType) return undefined;
		const emu = this.emu;
		const request = emu.currentRequest ?? { id: null, idempotency_key: null };
		const connected = account ?? emu.currentAccount ?? undefined;
		const event = {
			id: `evt_${randomBytes(12).toString('hex')}`,
			object: 'event',
			...(connected ? { account: connected } : {}),
			api_version: apiVersion ?? emu.accountApiVersion,
			created: created ?? emu.now(),
			data: { object: structuredClone(object), ...(previousAttributes === undefined ? {} : { previous_attributes: structuredClone(previousAttributes) }) },
			livemode: Boolean(object.livemode),
			pending_webhooks: 0,
			request: { ...request },
			type: eventType,
		};
		const subscribed = [...this.endpoints.values()].filter(
			(endpoint) =>
				endpoint.status === 'enabled' &&
				endpoint.connect === Boolean(connected) &&
				(endpoint.enabled_events.includes('*') || endpoint.enabled_events.includes(eventType)),
		);
		event.pending_webhooks = subscribed.length;
		Object.defineProperty(event, '_pending', { value: new Set(subscribed.map((endpoint) => endpoint.id)), enumerable: false });
		emu.eventLog.record(event);
		for (const endpoint of subscribed) {
			const copies = Math.max(1, this.options.duplicate);
			// An endpoint without its own version gets the event's (the account default when it happened).
			for (let copy = 0; copy < copies; copy++) this.schedule(endpoint, renderEvent(event, endpoint.api_version ?? event.api_version, emu), object.id);
		}
		return event;
	}

	schedule(endpoint, event, objectId) {
		const delivery = { seq: ++this.sequence, endpoint: endpoint.id, url: endpoint.url, eventId: event.id, type: event.type, objectId, announcedAt: Date.now(), attempt: 1 };
		if (this.options.dropFirst > 0) {
			this.options.dropFirst--;
			this.log.push({ ...delivery, status: 'dropped' });
			return;
		}
		if (this.options.down) {
			this.held.push({ endpoint, event, delivery });
			return;
		}
		const { delayMs, jitterMs, shuffle } = this.options;
		const wait = delayMs + (shuffle || jitterMs ? Math.floor(this.random() * Math.max(jitterMs, shuffle ? 50 : 0)) : 0);
		this.track(new Promise((resolve) => setTimeout(resolve, wait)).then(() => this.send(endpoint, event, delivery)));
	}

	track(promise) {
		this.inFlight.add(promise);
		promise.finally(() => this.inFlight.delete(promise));
	}

	/** Stripe's retry of a delivery that was not answered 2xx: the same event, signed anew, after the schedule's next delay. */
	retryLater(endpoint, event, delivery) {
		const wait = this.options.retryScheduleMs[delivery.attempt - 1];
		if (wait === undefined) return;
		const next = { ...delivery, attempt: delivery.attempt + 1 };
		this.track(
			new Promise((resolve) => setTimeout(resolve, wait)).then(() => {
				const current = this.endpoints.get(endpoint.id);
				if (!current || current.status !== 'enabled') return undefined; // a deleted or disabled endpoint gets nothing
				if (this.options.down) return void this.held.push({ endpoint, event, delivery: next });
				return this.send(endpoint, event, next);
			}),
		);
	}

	releaseHeld() {
		const held = this.held.splice(0);
		for (const { endpoint, event, delivery } of held) {
			if (!this.endpoints.has(endpoint.id)) continue; // a deleted endpoint gets nothing, ever
			this.track(this.send(endpoint, event, delivery));
		}
	}

	/** Holds back deliveries: what Stripe sees while n8n is down (given up on after its retries). */
	discardHeld() {
		const held = this.held.splice(0);
		for (const { delivery } of held) this.log.push({ ...delivery, status: 'gave-up' });
		return held.length;
	}

	async send(endpoint, event, delivery) {
		const body = JSON.stringify(event, null, 2);
		const timestamp = Math.floor(Date.now() / 1000);
		const entry = { ...delivery, sentAt: Date.now() };
		try {
			entry.status = await post(endpoint.url, body, { 'Stripe-Signature': signatureHeader(endpoint.secret, body, timestamp) });
		} catch (error) {
			entry.status = 'unreachable';
			entry.error = error.code ?? error.message;
		}
		entry.doneAt = Date.now();
		this.log.push(entry);
		if (entry.status >= 200 && entry.status < 300) this.emu.eventLog.delivered(event.id, endpoint.id);
		if (!(entry.status >= 200 && entry.status < 300)) this.retryLater(endpoint, event, delivery);
	}

	/** Resolves when no delivery is under way. */
	async idle() {
		while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
	}

	secretOf(id) {
		return this.retrieve(id).secret;
	}
}

function post(url, body, headers) {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)', 'Content-Length': Buffer.byteLength(body), ...headers } }, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode));
		});
		request.setTimeout(10000, () => request.destroy(new Error('timeout')));
		request.on('error', reject);
		request.end(body);
	});
}

function mulberry32(seed) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const webhookRoutes = [
	['POST', /^\/v1\/webhook_endpoints$/, endpointSchema('/v1/webhook_endpoints'), (emu, params) => emu.webhooks.create(params)],
	['GET', /^\/v1\/webhook_endpoints$/, '/v1/webhook_endpoints', (emu, params) => emu.webhooks.list(params)],
	['GET', /^\/v1\/webhook_endpoints\/([^/]+)$/, '/v1/webhook_endpoints/{webhook_endpoint}', (emu, _params, id) => emu.webhooks.retrieve(id)],
	['POST', /^\/v1\/webhook_endpoints\/([^/]+)$/, endpointSchema('/v1/webhook_endpoints/{webhook_endpoint}'), (emu, params, id) => emu.webhooks.update(id, params)],
	['DELETE', /^\/v1\/webhook_endpoints\/([^/]+)$/, '/v1/webhook_endpoints/{webhook_endpoint}', (emu, _params, id) => emu.webhooks.remove(id)],
];

module.exports = { Webhooks, webhookRoutes, creationEvent, changeEvent, signatureHeader };
