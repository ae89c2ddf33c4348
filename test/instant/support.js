'use strict';
/** Helpers for the instant trigger's tests: one trigger per test on the shared emulator, and settling deliveries. */
const http = require('node:http');
const { createWebhookTrigger, StaticDataStore } = require('../harness');

/** n8n-core's own copies of its DI container and logger: what `this.logger` in a node resolves to. */
const fromCore = (name) => require(require.resolve(name, { paths: [require.resolve('n8n-core')] }));

/** Collects what nodes log with `this.logger.warn`; `restore()` when done. */
function spyOnWarnings() {
	const logger = fromCore('@n8n/di').Container.get(fromCore('@n8n/backend-common').Logger);
	const spy = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
	return { messages: () => spy.mock.calls.map((args) => String(args[0])), restore: () => spy.mockRestore() };
}

function credentialsFor(env, key = 'test') {
	return { stripeConnectorApi: { apiKey: env.emu.keys[key], baseUrl: env.emu.url } };
}

/** Waits until the emulator has no delivery under way and the trigger no request. */
async function settle(env, ...triggers) {
	for (let round = 0; round < 3; round++) {
		await env.emu.control.webhooks.idle();
		for (const trigger of triggers) await trigger.idle();
	}
}

async function activeTrigger(env, parameters, options = {}) {
	const trigger = await createWebhookTrigger({ node: { parameters }, credentials: credentialsFor(env), ...options });
	await trigger.activate();
	return trigger;
}

/**
 * A load balancer in front of two n8n processes (two copies of the node module, their own memory),
 * one database. Deliveries alternate: the first goes to the first process, the next to the second.
 * `track` registers what the test closes afterwards.
 */
async function twoProcesses(env, parameters, track) {
	const store = new StaticDataStore();
	let turn = 0;
	const targets = [];
	const balancer = track(
		http.createServer((req, res) => {
			const target = targets[turn++ % targets.length];
			const forward = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
				res.writeHead(answer.statusCode, answer.headers);
				answer.pipe(res);
			});
			req.pipe(forward);
		}),
	);
	balancer.close = ((close) => () => new Promise((resolve) => close.call(balancer, () => resolve())))(balancer.close);
	await new Promise((resolve) => balancer.listen(0, '127.0.0.1', resolve));
	const publicUrl = `http://127.0.0.1:${balancer.address().port}`;
	const processes = [];
	for (let i = 0; i < 2; i++) {
		let nodeType;
		jest.isolateModules(() => {
			const { StripeConnectorInstantTrigger } = require('../../nodes/StripeConnectorInstantTrigger/StripeConnectorInstantTrigger.node.ts');
			nodeType = new StripeConnectorInstantTrigger();
		});
		const trigger = track(await createWebhookTrigger({ node: { parameters }, credentials: credentialsFor(env), store, publicUrl, nodeType }));
		targets.push(trigger.url);
		processes.push(trigger);
	}
	await processes[0].activate();
	await processes[1].activate('init');
	return processes;
}

/** A copy of the node module with its own memory: another n8n process, or the same one restarted. */
function freshNodeType() {
	let nodeType;
	jest.isolateModules(() => {
		const { StripeConnectorInstantTrigger } = require('../../nodes/StripeConnectorInstantTrigger/StripeConnectorInstantTrigger.node.ts');
		nodeType = new StripeConnectorInstantTrigger();
	});
	return nodeType;
}

/**
 * One n8n process behind a fixed public URL, which `restart()` replaces by a fresh process (new
 * memory, same database: what n8n saved is all it knows), as an n8n restart does.
 */
async function restartableProcess(env, parameters, track) {
	const store = new StaticDataStore();
	let target;
	const front = track(
		http.createServer((req, res) => {
			const forward = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
				res.writeHead(answer.statusCode, answer.headers);
				answer.pipe(res);
			});
			req.pipe(forward);
		}),
	);
	front.close = ((close) => () => new Promise((resolve) => close.call(front, () => resolve())))(front.close);
	await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
	const publicUrl = `http://127.0.0.1:${front.address().port}`;
	const start = async () => track(await createWebhookTrigger({ node: { parameters }, credentials: credentialsFor(env), store, publicUrl, nodeType: freshNodeType() }));
	const first = await start();
	target = first.url;
	await first.activate();
	return {
		current: first,
		async restart() {
			const next = await start();
			await next.activate('init');
			target = next.url;
			this.current = next;
			return next;
		},
	};
}

const countBy = (values) => values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map());

/** Ids emitted more than once. */
const duplicatesOf = (ids) => [...countBy(ids)].filter(([, count]) => count > 1).map(([id]) => id);

module.exports = { credentialsFor, settle, activeTrigger, duplicatesOf, spyOnWarnings, twoProcesses, restartableProcess };
