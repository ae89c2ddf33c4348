'use strict';
/**
 * Bench scenario "events backlog", in its own process: the polling trigger with Event "Any Event
 * Type(s)" (`invoice.paid`) drains a backlog of Stripe events over GET /v1/events, through the
 * emulator's simulated network. `node eventBacklog.js '<json>'` ({url, controlUrl, key, n, rttMs,
 * latencyMs}) prints one JSON line.
 *
 * The backlog: `n` invoice.paid events over 10 seconds, with a tenth as many invoice.payment_failed
 * among them (not chosen: never emitted), on top of an hour-old history that the trigger, activated
 * after it, must not emit. Each chosen event's object is `in_emitted_<k>` with `metadata.batch` = its
 * second, so (batch, k) is its place in Stripe's order: oldest first means (batch, k) increasing.
 */
const { performance } = require('node:perf_hooks');
const { emulatorControl } = require('./control');
const { createPoller } = require('../harness');

const config = JSON.parse(process.argv[2]);
const TYPE = 'invoice.paid';
const OTHER = 'invoice.payment_failed';
const SECONDS = 10;

const control = emulatorControl(config.controlUrl);

async function main() {
	const t0 = 1_760_000_000;
	await control('POST', 'clock', { now: t0 });
	await control('POST', 'events', { type: TYPE, count: 50, from: t0 - 3600, step: 1, template: { metadata: { batch: 'history' } } });
	const poller = createPoller({
		node: { type: 'stripeConnectorTrigger', parameters: { event: 'anyEvent', eventTypes: [TYPE], options: {} } },
		credentials: { stripeConnectorApi: { apiKey: config.key, baseUrl: config.url } },
		source: 'dist',
	});
	await poller.poll();
	for (let second = 1; second <= SECONDS; second++) {
		await control('POST', 'clock', { now: t0 + second });
		await control('POST', 'events', { type: TYPE, count: config.n / SECONDS, template: { metadata: { batch: String(second) } } });
		await control('POST', 'events', { type: OTHER, count: config.n / SECONDS / 10, template: { metadata: { batch: String(second) } } });
	}
	await control('POST', 'config', { latencyMs: config.latencyMs, network: { rttMs: config.rttMs } });
	const before = await control('GET', 'stats');
	const cpu = process.cpuUsage();
	const start = performance.now();
	const emitted = (await poller.poll()) ?? [];
	const wallMs = performance.now() - start;
	const used = process.cpuUsage(cpu);
	const after = await control('GET', 'stats');
	const places = emitted.map((event) => [Number(event.data.object.metadata.batch), Number(event.data.object.id.split('_').pop())]);
	const ordered = places.every(([batch, k], i) => i === 0 || batch > places[i - 1][0] || (batch === places[i - 1][0] && k > places[i - 1][1]));
	const unique = new Set(emitted.map((event) => event.id)).size;
	const chosen = emitted.filter((event) => event.type === TYPE && event.data.object.metadata.batch !== 'history').length;
	return {
		wallMs,
		cpuMs: (used.user + used.system) / 1000,
		peakRssMB: process.resourceUsage().maxRSS / 1024,
		items: emitted.length,
		unique,
		ordered,
		notChosen: emitted.length - chosen,
		lost: config.n - new Set(emitted.filter((event) => event.type === TYPE).map((event) => event.id)).size,
		requests: after.requests - before.requests,
		rateLimited: after.rateLimited - before.rateLimited,
		responses429: after.responses429 - before.responses429,
		cursorBytes: JSON.stringify(poller.staticData).length,
	};
}

main().then(
	(result) => {
		process.stdout.write(`${JSON.stringify(result)}\n`);
		process.exit(0);
	},
	(error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	},
);
