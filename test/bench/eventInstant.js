'use strict';
/**
 * Bench scenario "events burst, instant", in its own process: the instant trigger with Event "Any
 * Event Type(s)" (`invoice.paid`) against the emulator in its own process, which signs and delivers
 * over loopback HTTP. `node eventInstant.js '<json>'` ({url, burst, latencyMs}) prints one JSON line.
 *
 * `burst` invoice.paid events emitted within 10 s (one batch every 500 ms), a tenth as many
 * invoice.payment_failed among them (not subscribed), every delivery duplicated and shuffled,
 * Stripe redelivering what is answered non-2xx (the model: instant.js's burst of customers). Measured:
 * time from the first event to the last emission, Stripe requests (and claims) per emitted event,
 * duplicates, lost.
 */
const { burstOutcome, emulatorControl, sleep } = require('./control');
const { createWebhookTrigger } = require('../harness');

const config = JSON.parse(process.argv[2]);
const KEY = 'sk_test_emulator';
const TYPE = 'invoice.paid';
const OTHER = 'invoice.payment_failed';
const BATCHES = 20;

const control = emulatorControl(config.url);

async function main() {
	await control('POST', 'reset', {});
	await control('POST', 'config', { latencyMs: config.latencyMs, rateLimit: null });
	const trigger = await createWebhookTrigger({
		node: { parameters: { event: 'anyEvent', eventTypes: [TYPE] } },
		credentials: { stripeConnectorApi: { apiKey: KEY, baseUrl: config.url } },
		source: 'dist',
	});
	await trigger.activate();
	await control('POST', 'webhooks/config', { duplicate: 2, shuffle: true, jitterMs: 200, retryScheduleMs: [1000, 2000, 4000, 8000, 16000] });
	const before = await control('GET', 'stats');
	const startedAt = Date.now();
	for (let batch = 0; batch < BATCHES; batch++) {
		await control('POST', 'events', { type: TYPE, count: config.burst / BATCHES, template: { metadata: { batch: String(batch) } } });
		await control('POST', 'events', { type: OTHER, count: config.burst / BATCHES / 10, template: { metadata: { batch: String(batch) } } });
		if (batch < BATCHES - 1) await sleep(500);
	}
	const emittedWithinMs = Date.now() - startedAt;
	const { items, lastEmissionMs, requests, claims, ...cost } = await burstOutcome({ control, trigger, before, startedAt, expected: config.burst });
	const chosen = items.filter((item) => item.type === TYPE);
	return {
		events: config.burst,
		emittedWithinMs,
		lastEmissionMs,
		afterLastEventMs: lastEmissionMs - emittedWithinMs,
		...cost,
		requests,
		claims,
		requestsPerEvent: requests / items.length,
		claimsPerEvent: claims / items.length,
		items: items.length,
		notChosen: items.length - chosen.length,
		duplicates: items.length - new Set(items.map((item) => item.id)).size,
		lost: config.burst - new Set(chosen.map((item) => item.id)).size,
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
