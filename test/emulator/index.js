'use strict';
/**
 * A stateful Stripe on 127.0.0.1 for tests, the benchmark and the offline demo.
 * `const emu = await startEmulator(); emu.url; emu.keys.test; emu.control.*; await emu.close()`.
 * The same knobs are reachable over HTTP under /__emulator/ (see control.js) for a benchmark
 * that runs the emulator in its own process.
 */
const { createServer, DEFAULT_KEYS } = require('./server');
const { Store, PREFIX } = require('./store');
const { controlRoute } = require('./control');
const { StripeError } = require('./resources');
const { startNetwork } = require('./network');
const { Webhooks, creationEvent, changeEvent } = require('./webhooks');
const { linkChargeInvoice, DEFAULT_VERSION } = require('./versions');
const { EventLog, changedAttributes } = require('./events');
const { RestrictedKeys } = require('./restrictedKeys');

const ID_PREFIX_TYPES = Object.keys(PREFIX);

class Emulator {
	constructor({ legacyOrders = true, keys = {}, accountApiVersion = DEFAULT_VERSION } = {}) {
		this.keys = { ...DEFAULT_KEYS, ...keys };
		this.initialApiVersion = accountApiVersion;
		// The API request being handled (server.js), named by the events it causes.
		this.currentRequest = null;
		this.currentAccount = null;
		this.legacyOrders = legacyOrders;
		this.store = new Store();
		this.eventLog = new EventLog();
		this.webhooks = new Webhooks(this);
		this.restrictedKeys = new RestrictedKeys();
		// Every new object announces its event to the subscribed webhook endpoints.
		const insert = this.store.insert.bind(this.store);
		this.store.insert = (type, object) => {
			const made = insert(type, object);
			this.webhooks.announce(creationEvent(type, made), made);
			return made;
		};
		this.livemode = false;
		this.resetState();
	}

	resetState() {
		this.store.reset();
		this.eventLog.reset();
		this.webhooks.reset();
		this.accountApiVersion = this.initialApiVersion;
		this.idempotency = new Map();
		this.faults = [];
		this.requestLog = [];
		this.latencyMs = 0;
		this.rateLimit = null;
		this.searchDelaySeconds = 0;
		this.windows = new Map();
		this.limits = null;
		this.limitWindows = new Map();
		this.fixedNow = undefined;
		this.random = mulberry32(42);
		this.stats = { requests: 0, byRoute: {}, responses429: 0, rateLimited: 0, responses5xx: 0, dropped: 0, idempotentReplays: 0, lastStripeVersion: undefined };
	}

	now() {
		return this.fixedNow ?? Math.floor(Date.now() / 1000);
	}

	list(type, params, filter) {
		const limit = params.limit ?? 10;
		if (limit < 1 || limit > 100) {
			throw new StripeError(400, { type: 'invalid_request_error', code: 'parameter_invalid_integer', param: 'limit', message: 'This value must be greater than or equal to 1 and less than or equal to 100.' });
		}
		return this.store.list(type, { limit, startingAfter: params.starting_after, endingBefore: params.ending_before, created: params.created, filter });
	}

	/** The first fault whose `match` fits: method, path prefix, and a substring of the raw body (or query) for `body`. */
	takeFault(method, path, rawInput = '') {
		const fits = (match = {}) =>
			(!match.method || match.method === method) && (!match.path || path.startsWith(match.path)) && (!match.body || rawInput.includes(match.body));
		const index = this.faults.findIndex((f) => fits(f.match));
		if (index < 0) return undefined;
		const fault = this.faults[index];
		if (fault.after > 0) {
			fault.after--;
			return undefined;
		}
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) this.faults.splice(index, 1);
		return fault;
	}

	rateLimited(key) {
		if (!this.rateLimit) return false;
		const { perSecond, randomFraction } = this.rateLimit;
		if (randomFraction && this.random() < randomFraction) return true;
		if (!perSecond) return false;
		const now = Date.now();
		const window = this.windows.get(key) ?? [];
		while (window.length && window[0] <= now - 1000) window.shift();
		if (window.length >= perSecond) return true;
		window.push(now);
		this.windows.set(key, window);
		return false;
	}

	/** Stripe's own time for a request: `latencyMs` is a number, or per method ({POST: 250, GET: 100}). */
	stripeTimeMs(method) {
		return typeof this.latencyMs === 'number' ? this.latencyMs : (this.latencyMs?.[method] ?? 0);
	}

	/**
	 * Today's limits (`setLimits`), each a sliding one-second window over the requests it let
	 * through: the global one of the key's mode, and the endpoint's (method + path template).
	 * Returns true when the request is over one of them; otherwise counts it in all of them.
	 */
	overLimits(mode, endpoint) {
		if (!this.limits) return false;
		const { global = {}, endpoint: perEndpoint = 25, search = 20 } = this.limits;
		const lanes = [
			[`${mode} *`, global[mode]],
			[`${mode} ${endpoint}`, /^GET \/v1\/.+\/search$/.test(endpoint) ? search : perEndpoint],
		].filter(([, limit]) => limit > 0);
		const now = performance.now();
		const windows = lanes.map(([lane, limit]) => {
			const window = this.limitWindows.get(lane) ?? [];
			while (window.length && window[0] <= now - 1000) window.shift();
			this.limitWindows.set(lane, window);
			return [window, limit];
		});
		if (windows.some(([window, limit]) => window.length >= limit)) return true;
		for (const [window] of windows) window.push(now);
		return false;
	}

	createObjects(type, specs) {
		if (!ID_PREFIX_TYPES.includes(type)) throw new Error(`unknown type ${type}`);
		return specs.map((spec) => {
			const base = { created: this.now(), livemode: false, metadata: {} };
			if (type === 'invoiceitem') base.date = spec.created ?? this.now();
			// The emulator has no prices: a product has one only when the spec names it (it then cannot be deleted).
			if (type === 'product') Object.assign(base, { updated: spec.created ?? this.now(), default_price: null });
			if (type === 'order') base.updated = spec.created ?? this.now();
			const fields = type === 'charge' ? linkChargeInvoice(this, spec) : spec;
			return this.store.insert(type, this.store.build(type, { ...base, ...structuredClone(fields) }));
		});
	}

	get control() {
		const emu = this;
		return {
			setLatency: (ms) => (emu.latencyMs = ms),
			setRateLimit: (limit) => {
				emu.rateLimit = limit;
				emu.windows.clear();
			},
			/** Stripe's limits per second, e.g. {global: {live: 100, test: 25}, endpoint: 25, search: 20}; null: none. */
			setLimits: (limits) => {
				emu.limits = limits;
				emu.limitWindows.clear();
			},
			injectFaults: (faults) => emu.faults.push(...faults.map((f) => ({ ...f }))),
			clock: {
				setNow: (seconds) => (emu.fixedNow = seconds),
				advance: (seconds) => (emu.fixedNow = emu.now() + seconds),
				useRealTime: () => (emu.fixedNow = undefined),
				now: () => emu.now(),
			},
			createObjects: (type, specs) => emu.createObjects(type, specs),
			createMany: (type, count, template = {}) => emu.createObjects(type, Array.from({ length: count }, () => template)),
			stats: () => ({ ...emu.stats, byRoute: { ...emu.stats.byRoute }, objects: Object.fromEntries(ID_PREFIX_TYPES.map((t) => [t, emu.store.all(t).length])) }),
			list: (type) => emu.store.all(type).slice(),
			/** Every event announced so far, newest first (optionally of one exact type), older than 30 days too. */
			events: (type) => emu.eventLog.list(type),
			/**
			 * Records an event of any type for any object, as Stripe would (listed, retrievable, delivered to
			 * subscribed endpoints); `created` (default: now) and `apiVersion` (default: the account's) place it;
			 * `account` makes it a connected account's (for `connect=true` endpoints and Stripe-Account reads).
			 */
			emitEvent: (type, object, { previousAttributes, created, apiVersion, account } = {}) =>
				emu.webhooks.announce(type, object, previousAttributes, { created, apiVersion, account }),
			/**
			 * A backlog of `count` events of `type` (a benchmark's 5,000): each for an object `{id, object, ...template}`
			 * (ids `<prefix>_emitted_<n>`), `created` from `from` (default: now) `step` seconds apart. Returns the events.
			 */
			emitMany: (type, count, { template = {}, from = emu.now(), step = 0, account } = {}) => {
				const kind = template.object ?? type.slice(0, type.lastIndexOf('.'));
				const prefix = (PREFIX[kind] || `${kind}_`).replace(/_$/, '');
				return Array.from({ length: count }, (_, n) =>
					emu.webhooks.announce(type, { id: `${prefix}_emitted_${n + 1}`, object: kind, livemode: false, ...template }, undefined, { created: from + n * step, account }),
				);
			},
			/** The account's default API version from now on: new events carry it (older ones keep theirs). */
			setAccountApiVersion: (version) => (emu.accountApiVersion = version),
			/** Every API request in arrival order: {method, path, status, receivedAt, answeredAt} (ms, performance.now()). */
			requestLog: () => emu.requestLog.map((entry) => ({ ...entry })),
			setNetwork: (settings) => emu.network?.configure(settings),
			reset: () => {
				emu.resetState();
				emu.network?.configure({ rttMs: 0, handshakeRoundTrips: 2 });
			},
			setLegacyOrders: (enabled) => (emu.legacyOrders = enabled),
			/** Restricted keys with permission sets (restrictedKeys.js): `define(key, ['Customers: Read'])`. */
			restrictedKeys: emu.restrictedKeys,
			/** Stripe indexes new objects for search within about a minute: hide those younger than `seconds`. */
			setSearchDelay: (seconds) => (emu.searchDelaySeconds = seconds),
			/**
			 * Changes an object as Stripe would (a charge settling, a session completing) and announces
			 * `eventType` (default: changeEvent's choice); a `*.updated` event carries `previous_attributes`.
			 */
			updateObject: (type, id, fields, eventType) => {
				const object = emu.store.get(type, id);
				if (!object) throw new Error(`no ${type} ${id}`);
				const before = structuredClone(object);
				Object.assign(object, structuredClone(fields));
				const announced = eventType ?? changeEvent(type, before, object);
				emu.webhooks.announce(announced, object, announced?.endsWith('.updated') ? changedAttributes(before, object) : undefined);
				return object;
			},
			/** Deletes an object outside the API (as the Dashboard would) and announces `<type>.deleted`. */
			deleteObject: (type, id) => {
				const object = emu.store.get(type, id);
				if (!object || !emu.store.remove(type, id)) throw new Error(`no ${type} ${id}`);
				emu.webhooks.announce(`${type}.deleted`, object);
				return object;
			},
			webhooks: {
				configure: (options) => emu.webhooks.configure(options),
				endpoints: () => [...emu.webhooks.endpoints.values()],
				secretOf: (id) => emu.webhooks.secretOf(id),
				deliveries: () => emu.webhooks.log.slice(),
				idle: () => emu.webhooks.idle(),
				discardHeld: () => emu.webhooks.discardHeld(),
			},
		};
	}

	controlRoute(method, route, body, res) {
		return controlRoute(this, method, route, body, res);
	}
}

/**
 * `url` is the emulator itself; `networkUrl` reaches it through a simulated network (network.js),
 * set with `control.setNetwork({rttMs, handshakeRoundTrips})`.
 */
async function startEmulator({ port = 0, ...options } = {}) {
	const emulator = new Emulator(options);
	const server = createServer(emulator);
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	const actualPort = server.address().port;
	const network = await startNetwork({ targetPort: actualPort });
	emulator.network = network;
	return {
		url: `http://127.0.0.1:${actualPort}`,
		networkUrl: network.url,
		port: actualPort,
		keys: emulator.keys,
		control: emulator.control,
		close: async () => {
			await network.close();
			await new Promise((resolve) => {
				server.close(() => resolve());
				server.destroySockets();
			});
		},
	};
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

module.exports = { startEmulator, Emulator };
