'use strict';
/**
 * A network in front of the emulator: a TCP proxy on loopback that delays every chunk by half a
 * round trip in each direction, and holds a new connection's first bytes for the handshakes
 * (TCP, then TLS: 2 round trips by default), as a client far from Stripe sees it. A request on a
 * new connection so costs handshakes + 1 round trips plus Stripe's own time: 3 × RTT with TLS.
 * Settings apply to connections opened after they change.
 */
const net = require('node:net');
const { performance } = require('node:perf_hooks');

async function startNetwork({ targetPort, rttMs = 0, handshakeRoundTrips = 2 }) {
	const settings = { rttMs, handshakeRoundTrips };
	const sockets = new Set();
	const server = net.createServer((client) => {
		const { rttMs: rtt, handshakeRoundTrips: handshakes } = settings;
		const ready = performance.now() + handshakes * rtt;
		const upstream = net.connect(targetPort, '127.0.0.1');
		for (const socket of [client, upstream]) {
			socket.setNoDelay(true);
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
			socket.on('error', () => {});
		}
		delayedPipe(client, upstream, (now) => Math.max(now, ready) + rtt / 2);
		delayedPipe(upstream, client, (now) => now + rtt / 2);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = server.address().port;
	return {
		url: `http://127.0.0.1:${port}`,
		configure: (changes) => Object.assign(settings, changes),
		settings: () => ({ ...settings }),
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				sockets.forEach((socket) => socket.destroy());
			}),
	};
}

/** Copies `from` to `to`, each chunk (and the end or a reset) released at `releaseAt(now)`, in order. */
function delayedPipe(from, to, releaseAt) {
	let last = 0;
	let ended = false;
	const later = (action) => {
		const now = performance.now();
		last = Math.max(last, releaseAt(now));
		const wait = last - now;
		if (wait <= 0) action();
		else setTimeout(action, wait);
	};
	from.on('data', (chunk) => later(() => !to.destroyed && to.write(chunk)));
	from.on('end', () => {
		ended = true;
		later(() => !to.destroyed && to.end());
	});
	from.on('close', () => {
		if (!ended) later(() => to.destroy());
	});
}

module.exports = { startNetwork };
