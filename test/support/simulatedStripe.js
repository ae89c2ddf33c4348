'use strict';
/**
 * Stripe's limiter behind a network, in virtual time (virtualClock.js): the flow control's runs
 * can be checked deterministically, however busy the machine is. A request on a new connection
 * (as n8n's helper opens) reaches Stripe after the handshakes and half a round trip; Stripe
 * refuses it with a `rate_limit` 429 when its sliding one-second window already holds `perSecond`
 * accepted requests, else answers after its own time; the answer takes half a round trip back.
 * `jitterMs`: each request reaches Stripe up to that much later, drawn from a seeded generator (the
 * same draws on every run), as arrivals over a real network scatter.
 */
const { mapConcurrent } = require('../../nodes/shared/helpers/mapConcurrent.ts');
const { decideRetry } = require('../../nodes/shared/transport/retryPolicy.ts');

const ENDPOINT = 'POST /v1/customers';

function simulatedStripe(clock, { perSecond = 25, rttMs = 50, stripeMs = 250, handshakeRoundTrips = 2, jitterMs = 0, seed = 1 } = {}) {
	const window = [];
	const random = seededRandom(seed);
	/** Every request as Stripe saw it: {at, status, run}. */
	const log = [];
	return {
		log,
		async request(run) {
			// The network and Stripe keep their own time: a busy node (clock.busy) only hears the answer late.
			const at = clock.now() + (handshakeRoundTrips + 0.5) * rttMs + (jitterMs > 0 ? jitterMs * random() : 0);
			await clock.sleep(at - clock.now());
			while (window.length && window[0] <= at - 1000) window.shift();
			const refused = window.length >= perSecond;
			if (!refused) window.push(at);
			log.push({ at, status: refused ? 429 : 200, run });
			await clock.sleep((refused ? 0 : stripeMs) + rttMs / 2);
			return refused ? 429 : 200;
		},
	};
}

/** A linear congruential generator: [0, 1), the same sequence for the same seed. */
function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/**
 * A bulk create of `n` items through `flow` (one FlowControl: one run), as the action node runs
 * it: at most `flow.inFlightLimit(max)` at once, a refused request retried after the client's
 * backoff. Resolves with the virtual time at which the last item was answered.
 */
async function bulkRun({ clock, stripe, flow, n, max = 30, run = 'run' }) {
	let sent = 0;
	await mapConcurrent(Array.from({ length: n }), { limit: () => flow.inFlightLimit(max) }, async () => {
		for (let attempt = 1; ; attempt++) {
			const turn = await flow.beforeSend(ENDPOINT);
			sent++;
			const statusCode = await stripe.request(run);
			flow.afterAnswer(turn, { statusCode, errorCode: statusCode === 429 ? 'rate_limit' : undefined });
			if (statusCode < 300) return;
			await clock.sleep(decideRetry({ statusCode, errorCode: 'rate_limit' }, attempt, 5, () => 0.5).delayMs);
		}
	});
	return { doneAt: clock.now(), sent };
}

/** The most entries of `times` in any one-second window (t − 1000, t]. */
function mostInOneSecond(times) {
	const sorted = [...times].sort((a, b) => a - b);
	let most = 0;
	for (let i = 0, j = 0; i < sorted.length; i++) {
		while (sorted[j] <= sorted[i] - 1000 + 1e-6) j++; // float error of slots k × 1000/rate
		most = Math.max(most, i - j + 1);
	}
	return most;
}

module.exports = { simulatedStripe, bulkRun, mostInOneSecond, ENDPOINT };
