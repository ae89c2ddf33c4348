'use strict';
/** A local URL that collects the JSON events the emulator delivers: `const r = await receiveWebhooks(); r.url; r.events; await r.close()`. */
const http = require('node:http');

async function receiveWebhooks() {
	const events = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			events.push(JSON.parse(body));
			res.end('{}');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${server.address().port}/`, events, close: () => new Promise((resolve) => server.close(resolve)) };
}

module.exports = { receiveWebhooks };
