'use strict';
/**
 * Bench scenario "instant trigger": delivery → workflow start latency of the Stripe Connector
 * Instant Trigger (built package, n8n-core's HookContext/WebhookContext through the harness),
 * against the emulator in its own process, which signs and delivers over loopback HTTP.
 *
 * `node test/bench/instant.js '{"url": "<emulator>", "n": 100, "latencyMs": 50}'` prints one JSON line:
 * - latency: n customers created one at a time; for each, the time from the emulator sending its
 *   delivery to the harness starting the execution that carries it (median, p95, max);
 * - overlapping: n customers in bursts, every event delivered twice, shuffled: items, duplicates, lost.
 */
const { request } = require('undici');
const { createWebhookTrigger } = require('../harness');

const config = JSON.parse(process.argv[2]);
const KEY = 'sk_test_emulator';

async function control(method, route, body) {
	const response = await request(`${config.url}/__emulator/${route}`, { method, reset: true, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
	return await response.body.json();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate, timeoutMs = 30000) {
	const until = Date.now() + timeoutMs;
	while (!predicate()) {
		if (Date.now() > until) throw new Error('timed out waiting for the trigger');
		await sleep(2);
	}
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function fresh() {
	await control('POST', 'reset', {});
	await control('POST', 'config', { latencyMs: config.latencyMs, rateLimit: null });
	const trigger = await createWebhookTrigger({
		node: { parameters: { event: 'customer' } },
		credentials: { stripeConnectorApi: { apiKey: KEY, baseUrl: config.url } },
		source: 'dist',
	});
	await trigger.activate();
	return trigger;
}

async function latency() {
	const trigger = await fresh();
	const startedAt = new Map();
	for (let i = 0; i < config.n; i++) {
		const made = await control('POST', 'objects', { type: 'customer', count: 1, template: {} });
		await waitFor(() => trigger.items().some((item) => item.id === made.last));
		const execution = trigger.executions.find((run) => run.items.some((item) => item.id === made.last));
		startedAt.set(made.last, execution.startedAt);
	}
	await trigger.idle();
	const deliveries = await control('GET', 'webhooks/deliveries');
	const samples = [];
	for (const [id, started] of startedAt) {
		const first = deliveries.filter((delivery) => delivery.objectId === id).sort((a, b) => a.sentAt - b.sentAt)[0];
		samples.push(started - first.sentAt);
	}
	samples.sort((a, b) => a - b);
	await trigger.close();
	return { n: samples.length, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), maxMs: samples[samples.length - 1] };
}

async function overlapping() {
	const trigger = await fresh();
	await control('POST', 'webhooks/config', { duplicate: 2, shuffle: true, jitterMs: 50 });
	const bursts = 10;
	for (let burst = 0; burst < bursts; burst++) {
		await control('POST', 'objects', { type: 'customer', count: Math.ceil(config.n / bursts), template: {} });
		await sleep(30);
	}
	const objects = await control('GET', 'objects/customer');
	await waitFor(() => new Set(trigger.items().map((item) => item.id)).size >= objects.length, 60000);
	await sleep(500); // late duplicates
	await trigger.idle();
	const ids = trigger.items().map((item) => item.id);
	const deliveries = (await control('GET', 'webhooks/deliveries')).length;
	await trigger.close();
	return { objects: objects.length, deliveries, items: ids.length, duplicates: ids.length - new Set(ids).size, lost: objects.filter((object) => !ids.includes(object.id)).length };
}

async function main() {
	const result = { latency: await latency(), overlapping: await overlapping() };
	console.log(JSON.stringify(result));
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
