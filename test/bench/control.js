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

module.exports = { emulatorControl, sleep, waitFor };
