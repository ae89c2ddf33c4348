'use strict';
/**
 * Bench scenario "instant trigger": delivery → workflow start latency of the Stripe Connector
 * Instant Trigger (built package, n8n-core's HookContext/WebhookContext through the harness),
 * against the emulator in its own process, which signs and delivers over loopback HTTP.
 *
 * `node test/bench/instant.js '{"url": "<emulator>", "n": 100, "latencyMs": 50}'` prints one JSON line:
 * - latency: n customers created one at a time; for each, the time from the emulator sending its
 *   delivery to the harness starting the execution that carries it (median, p95, max);
 * - overlapping: n customers in bursts, every event delivered twice, shuffled: items, duplicates, lost;
 * - burst: `burst` customers created within 10 s (one batch every 500 ms), every delivery duplicated and
 *   shuffled, Stripe redelivering what is answered non-2xx: time from the first creation to the last
 *   emission, Stripe requests (and claims) per emitted object, duplicates, lost.
 */
const { burstOutcome, emulatorControl, sleep, waitFor } = require('./control');
const { createWebhookTrigger } = require('../harness');

const config = JSON.parse(process.argv[2]);
const KEY = 'sk_test_emulator';

const control = emulatorControl(config.url);

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
	const firstMs = samples[0];
	samples.sort((a, b) => a - b);
	await trigger.close();
	// The first delivery after activation is a sample like any other: in the median, p95 and max.
	return { n: samples.length, firstMs, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), maxMs: samples[samples.length - 1] };
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

async function burst() {
	const trigger = await fresh();
	const count = config.burst;
	await control('POST', 'webhooks/config', { duplicate: 2, shuffle: true, jitterMs: 200, retryScheduleMs: [1000, 2000, 4000, 8000, 16000] });
	const before = await control('GET', 'stats');
	const batches = 20;
	const startedAt = Date.now();
	for (let batch = 0; batch < batches; batch++) {
		await control('POST', 'objects', { type: 'customer', count: count / batches, template: {} });
		if (batch < batches - 1) await sleep(500);
	}
	const createdBy = Date.now() - startedAt;
	const { items, lastEmissionMs, requests, claims, ...cost } = await burstOutcome({ control, trigger, before, startedAt, expected: count });
	const ids = items.map((item) => item.id);
	const objects = await control('GET', 'objects/customer');
	return {
		objects: objects.length,
		createdWithinMs: createdBy,
		lastEmissionMs,
		afterLastCreationMs: lastEmissionMs - createdBy,
		...cost,
		requests,
		claims,
		requestsPerObject: requests / ids.length,
		claimsPerObject: claims / ids.length,
		items: ids.length,
		duplicates: ids.length - new Set(ids).size,
		lost: objects.filter((object) => !ids.includes(object.id)).length,
	};
}

async function main() {
	const result = { latency: await latency(), overlapping: await overlapping() };
	if (config.burst) result.burst = await burst();
	console.log(JSON.stringify(result));
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
