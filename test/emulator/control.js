'use strict';
/** The emulator's knobs over HTTP (no auth; loopback only), for a benchmark in another process. */
function controlRoute(emu, method, route, body, res) {
	const input = body ? JSON.parse(body) : {};
	const control = emu.control;
	let output = { ok: true };
	if (method === 'POST' && route === 'config') {
		if ('latencyMs' in input) control.setLatency(input.latencyMs);
		if ('rateLimit' in input) control.setRateLimit(input.rateLimit);
		if ('limits' in input) control.setLimits(input.limits);
		if ('network' in input) control.setNetwork(input.network);
	} else if (method === 'POST' && route === 'faults') control.injectFaults(input.faults ?? []);
	else if (method === 'POST' && route === 'clock') {
		if (input.real) control.clock.useRealTime();
		else if ('now' in input) control.clock.setNow(input.now);
		else if ('advance' in input) control.clock.advance(input.advance);
		output = { now: control.clock.now() };
	} else if (method === 'POST' && route === 'objects') {
		const made = input.objects ? control.createObjects(input.type, input.objects) : control.createMany(input.type, input.count, input.template);
		output = { count: made.length, first: made[0]?.id, last: made[made.length - 1]?.id };
	} else if (method === 'POST' && route === 'events') {
		// One event ({type, object, previousAttributes, created, apiVersion}) or a backlog ({type, count, template, from, step}).
		const made = input.count === undefined ? [control.emitEvent(input.type, input.object, input)] : control.emitMany(input.type, input.count, input);
		output = { count: made.length, first: made[0]?.id, last: made[made.length - 1]?.id };
	} else if (method === 'POST' && route === 'account') control.setAccountApiVersion(input.apiVersion);
	else if (method === 'GET' && route === 'stats') output = control.stats();
	else if (method === 'GET' && route === 'log') output = control.requestLog();
	else if (method === 'GET' && route.startsWith('objects/')) output = control.list(decodeURIComponent(route.slice(8)));
	else if (method === 'POST' && route === 'reset') control.reset();
	else if (method === 'POST' && route === 'webhooks/config') control.webhooks.configure(input);
	else if (method === 'GET' && route === 'webhooks/deliveries') output = control.webhooks.deliveries();
	else if (method === 'GET' && route === 'webhooks/endpoints') output = control.webhooks.endpoints();
	else {
		res.statusCode = 404;
		output = { error: `unknown control route ${method} ${route}` };
	}
	res.setHeader('Content-Type', 'application/json');
	res.end(JSON.stringify(output));
}

module.exports = { controlRoute };
