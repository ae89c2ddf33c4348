'use strict';
/** Stripe API requests straight to the test's emulator with its test key: a test's own setup and checks, not the node's. */
function emulatorApi(env) {
	/** Stripe's status and JSON answer (a GET sends no body). */
	async function call(method, path, body) {
		const response = await fetch(`${env.emu.url}${path}`, {
			method,
			headers: { Authorization: `Bearer ${env.emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded' },
			body: method === 'GET' ? undefined : body,
		});
		return { status: response.status, body: await response.json() };
	}
	/** The JSON answer alone. */
	const send = async (method, path, body) => (await call(method, path, body)).body;
	const post = (path, body) => send('POST', path, body);
	return { call, send, post };
}

module.exports = { emulatorApi };
