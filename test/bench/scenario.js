'use strict';
/**
 * One benchmark scenario in its own process (so that CPU time and peak memory are its own).
 * `node scenario.js '<json>'` prints one JSON line with the measurements. `config.url` is where the
 * node sends its requests (the emulator, or the network in front of it); `config.controlUrl` the
 * emulator's own address for its knobs (default `url`).
 */
const { performance } = require('node:perf_hooks');
const { request } = require('undici');
const { runWorkflow, createPoller, loadPackageNodeTypes } = require('../harness');

const config = JSON.parse(process.argv[2]);
const control = async (method, route, body) => {
	const response = await request(`${config.controlUrl ?? config.url}/__emulator/${route}`, { method, reset: true, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
	return response.body.json();
};
const credentials = { stripeConnectorApi: { apiKey: config.key, baseUrl: config.url } };

function measure(start, cpu) {
	const used = process.cpuUsage(cpu);
	return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

const nodeParameters = (operation, options) =>
	operation === 'create'
		? { resource: 'customer', operation: 'create', additionalFields: { email: '={{$json.email}}' }, options }
		: { resource: 'customer', operation: 'update', customerId: { __rl: true, mode: 'id', value: '={{$json.id}}' }, updateFields: { description: '={{$json.description}}' }, options };

async function action() {
	let items;
	if (config.operation === 'update') {
		const seeded = await control('GET', 'objects/customer');
		items = seeded.slice(0, config.n).map((c, i) => ({ id: c.id, description: `bulk update ${i}` }));
	} else {
		items = Array.from({ length: config.n }, (_, i) => ({ email: `${config.tag}${i}@bench.example` }));
	}
	const workflow = {
		nodes: [
			{ name: 'Start', type: 'n8n-nodes-base.manualTrigger' },
			{ name: 'Stripe', type: 'n8n-nodes-stripe-connector.stripeConnector', parameters: nodeParameters(config.operation, config.options), credentials: { stripeConnectorApi: { id: '1', name: 'bench' } } },
		],
		connections: { Start: { main: [[{ node: 'Stripe', type: 'main', index: 0 }]] } },
	};
	// n8n loads node types once, at startup; an execution does not pay for it.
	loadPackageNodeTypes({ source: 'dist' });
	const cpu = process.cpuUsage();
	const start = performance.now();
	const result = await runWorkflow({ workflow, credentials, items, source: 'dist' });
	const out = result.outputOf('Stripe');
	return {
		...measure(start, cpu),
		items: out.length,
		errors: out.filter((i) => i.json.error).length + (result.errorOf('Stripe') ? 1 : 0),
		inOrder: out.every((item, i) => item.pairedItem.item === i),
	};
}

async function raw() {
	const { Pool } = require('undici');
	const pool = new Pool(config.url, { connections: config.options.maxConcurrency });
	let next = 0;
	const cpu = process.cpuUsage();
	const start = performance.now();
	const worker = async () => {
		while (next < config.n) {
			const i = next++;
			const response = await pool.request({
				method: 'POST',
				path: '/v1/customers',
				reset: config.newConnectionPerRequest === true,
				headers: { authorization: `Bearer ${config.key}`, 'content-type': 'application/x-www-form-urlencoded', 'stripe-version': '2026-10-28.endive', 'idempotency-key': `raw-${config.tag}-${i}` },
				body: `email=${encodeURIComponent(`${config.tag}${i}@bench.example`)}`,
			});
			await response.body.json();
		}
	};
	await Promise.all(Array.from({ length: config.options.maxConcurrency }, worker));
	const measured = measure(start, cpu);
	await pool.close();
	return { ...measured, items: config.n, errors: 0 };
}

async function trigger() {
	const t0 = 1_760_000_000;
	await control('POST', 'clock', { now: t0 });
	// An account with history, as any live one: the trigger activates on top of it.
	await control('POST', 'objects', { type: 'charge', count: 50, template: { amount: 100 } });
	const poller = createPoller({ node: { type: 'stripeConnectorTrigger', parameters: { event: 'charge', options: {} } }, credentials, source: 'dist' });
	await poller.poll();
	for (let second = 1; second <= 10; second++) {
		await control('POST', 'clock', { now: t0 + second });
		await control('POST', 'objects', { type: 'charge', count: config.n / 10, template: config.template ?? { amount: 100 } });
	}
	await control('POST', 'config', { latencyMs: config.latencyMs, network: { rttMs: config.rttMs ?? 0 } });
	const before = await control('GET', 'stats');
	const cpu = process.cpuUsage();
	const start = performance.now();
	const emitted = (await poller.poll()) ?? [];
	const measured = measure(start, cpu);
	const after = await control('GET', 'stats');
	const unique = new Set(emitted.map((c) => c.id)).size;
	const ordered = emitted.every((c, i) => i === 0 || c.created >= emitted[i - 1].created);
	const lookups = (after.byRoute['GET /v1/invoice_payments'] ?? 0) - (before.byRoute['GET /v1/invoice_payments'] ?? 0);
	return { ...measured, items: emitted.length, unique, ordered, requests: after.requests - before.requests, lookups, cursorBytes: JSON.stringify(poller.staticData).length };
}

({ action, raw, trigger })[config.kind]()
	.then((result) => {
		process.stdout.write(`${JSON.stringify(result)}\n`);
		process.exit(0);
	})
	.catch((error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	});
