'use strict';
/** The emulator's control routes over HTTP, and waiting on a trigger: shared by the benchmark's scenario processes. */
const { request } = require('undici');

/**
 * `call(method, route, body)` on `${url}/__emulator/…`. A fresh connection per call: the benchmark
 * leaves long gaps in which a kept-alive socket would be closed by the server under the client's feet.
 */
function emulatorControl(url) {
	return async (method, route, body) => {
		const response = await request(`${url}/__emulator/${route}`, {
			method,
			reset: true,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		if (response.statusCode >= 300) throw new Error(`emulator ${method} ${route}: ${response.statusCode} ${await response.body.text()}`);
		return await response.body.json();
	};
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate, timeoutMs = 30000) {
	const until = Date.now() + timeoutMs;
	while (!predicate()) {
		if (Date.now() > until) throw new Error('timed out waiting for the trigger');
		await sleep(2);
	}
}

/**
 * The end of an instant-trigger burst: waits until `expected` distinct ids were emitted, lets late
 * duplicates and redeliveries arrive, closes the trigger and counts what it cost since `before`
 * (the emulator's stats when the burst began at `startedAt`).
 */
async function burstOutcome({ control, trigger, before, startedAt, expected }) {
	await waitFor(() => new Set(trigger.items().map((item) => item.id)).size >= expected, 120000);
	const lastEmission = Math.max(...trigger.executions.map((execution) => execution.startedAt));
	await sleep(1000); // late duplicates and redeliveries
	await trigger.idle();
	const after = await control('GET', 'stats');
	const claims = Object.entries(after.byRoute)
		.filter(([route]) => route.startsWith('POST /v1/webhook_endpoints/'))
		.reduce((sum, [route, n]) => sum + n - (before.byRoute[route] ?? 0), 0);
	const items = trigger.items();
	const deliveries = await control('GET', 'webhooks/deliveries');
	await trigger.close();
	return {
		items,
		lastEmissionMs: lastEmission - startedAt,
		deliveries: deliveries.length,
		non2xx: deliveries.filter((delivery) => !(delivery.status >= 200 && delivery.status < 300)).length,
		executions: trigger.executions.length,
		requests: after.requests - before.requests,
		claims,
	};
}

module.exports = { emulatorControl, sleep, waitFor, burstOutcome };
