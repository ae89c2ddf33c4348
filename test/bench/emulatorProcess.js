'use strict';
/** Starts the Stripe emulator in its own process (as a remote Stripe would be) and drives its knobs over HTTP. */
const { spawn } = require('node:child_process');
const path = require('node:path');
const { emulatorControl } = require('./control');

async function startEmulatorProcess() {
	const child = spawn(process.execPath, [path.join(__dirname, '..', 'emulator', 'cli.js'), '--port', '0'], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const [url, networkUrl] = await new Promise((resolve, reject) => {
		let buffered = '';
		child.stdout.on('data', (chunk) => {
			buffered += chunk;
			const match = /listening on (http:\/\/[^\s,]+), through a network on (http:\/\/\S+)/.exec(buffered);
			if (match) resolve([match[1], match[2]]);
		});
		child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
	});
	const call = emulatorControl(url);
	return {
		url,
		/** The emulator behind the simulated network (configure({network: {rttMs}})). */
		networkUrl,
		reset: () => call('POST', 'reset', {}),
		configure: (config) => call('POST', 'config', config),
		injectFaults: (faults) => call('POST', 'faults', { faults }),
		seed: (type, count, template) => call('POST', 'objects', { type, count, template }),
		objects: (type) => call('GET', `objects/${type}`),
		stats: () => call('GET', 'stats'),
		requestLog: () => call('GET', 'log'),
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill('SIGTERM');
			}),
	};
}

module.exports = { startEmulatorProcess };
