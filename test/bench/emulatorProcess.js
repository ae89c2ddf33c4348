'use strict';
/** Starts the Stripe emulator in its own process (as a remote Stripe would be) and drives its knobs over HTTP. */
const { spawn } = require('node:child_process');
const path = require('node:path');

async function startEmulatorProcess() {
	const child = spawn(process.execPath, [path.join(__dirname, '..', 'emulator', 'cli.js'), '--port', '0'], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise((resolve, reject) => {
		let buffered = '';
		child.stdout.on('data', (chunk) => {
			buffered += chunk;
			const match = /listening on (http:\/\/\S+)/.exec(buffered);
			if (match) resolve(match[1]);
		});
		child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
	});
	const call = async (method, route, body) => {
		const response = await fetch(`${url}/__emulator/${route}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		if (!response.ok) throw new Error(`emulator ${method} ${route}: ${response.status} ${await response.text()}`);
		return response.json();
	};
	return {
		url,
		reset: () => call('POST', 'reset', {}),
		configure: (config) => call('POST', 'config', config),
		seed: (type, count, template) => call('POST', 'objects', { type, count, template }),
		objects: (type) => call('GET', `objects/${type}`),
		stats: () => call('GET', 'stats'),
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill('SIGTERM');
			}),
	};
}

module.exports = { startEmulatorProcess };
