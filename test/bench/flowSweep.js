'use strict';
/**
 * `node test/bench/flowSweep.js`: the flow control's shared-key scenarios in virtual time
 * (test/support/virtualClock.js) against Stripe's limiter behind a simulated network
 * (test/support/simulatedStripe.js), swept over the offset at which the second process starts.
 * Deterministic and independent of the machine's load, unlike `npm run bench`: one real run of a
 * two-process scenario is one draw from this spread (row 4b went from 60% to 84% of the ceiling
 * with the start offset alone). Prints one line per scenario and network: share of the ceiling
 * (mean, min, max over the offsets) and share answered 429 (mean, max). Each scenario runs twice:
 * on a network that delivers every request exactly a round trip later, and on one that scatters
 * arrivals by up to 10 ms (seeded draws, so still deterministic), as a real network does.
 */
const fs = require('node:fs');
const transform = require('../support/typescript-transform');

require.extensions['.ts'] = (module, filename) => module._compile(transform.process(fs.readFileSync(filename, 'utf8'), filename).code, filename);

const { FlowControl } = require('../../nodes/shared/transport/flowControl.ts');
const { Pacer } = require('../../nodes/shared/transport/pacer.ts');
const { RateBackoff } = require('../../nodes/shared/transport/rateBackoff.ts');
const { virtualClock } = require('../support/virtualClock');
const { simulatedStripe, bulkRun } = require('../support/simulatedStripe');

const CEILING_PER_SECOND = 25;

/**
 * `processes` runs of `n` creates on one key (or runs of `sizes[i]` creates), the i-th starting
 * i × `offsetMs` after the first.
 */
async function shared({ rttMs, n, processes, sizes = Array.from({ length: processes }, () => n), offsetMs, jitterMs = 0 }) {
	const clock = virtualClock();
	const stripe = simulatedStripe(clock, { rttMs, jitterMs, seed: 1 + offsetMs });
	const runs = sizes.map((_, i) =>
		clock.sleep(i * offsetMs).then(() => {
			const flow = new FlowControl({ keyId: 'k', mode: 'live', clock, lanes: { pacer: new Pacer(), backoff: new RateBackoff() } });
			return bulkRun({ clock, stripe, flow, n: sizes[i], run: String(i) });
		}),
	);
	const done = Promise.all(runs);
	await clock.run();
	const endMs = Math.max(...(await done).map((run) => run.doneAt));
	const total = sizes.reduce((sum, size) => sum + size, 0);
	return { ofCeiling: (total * 1000) / CEILING_PER_SECOND / endMs, share429: stripe.log.filter((entry) => entry.status === 429).length / stripe.log.length };
}

const SCENARIOS = [
	{ label: '2b  300 creates at 150 ms, one process', rttMs: 150, n: 300, processes: 1, offsets: [0] },
	{ label: '4b  2 × 150 at 50 ms, offsets 0–500 ms', rttMs: 50, n: 150, processes: 2, offsets: Array.from({ length: 21 }, (_, i) => i * 25) },
	{ label: '4   2 × 500 at 50 ms, offsets 0–400 ms', rttMs: 50, n: 500, processes: 2, offsets: [0, 100, 200, 300, 400] },
	{ label: '    3 × 100 at 50 ms, offsets 0–300 ms', rttMs: 50, n: 100, processes: 3, offsets: [0, 100, 200, 300] },
	{ label: '    2 × 150 at 150 ms, offsets 0–300 ms', rttMs: 150, n: 150, processes: 2, offsets: [0, 100, 200, 300] },
	{ label: '    600, and 100 joining 3, 5 or 8 s later, at 50 ms', rttMs: 50, sizes: [600, 100], offsets: [3000, 5000, 8000] },
];

const JITTERS_MS = [0, 10];

async function main() {
	const pct = (x) => `${(x * 100).toFixed(1)}%`;
	for (const { label, offsets, ...scenario } of SCENARIOS) {
		for (const jitterMs of JITTERS_MS) {
			const results = [];
			for (const offsetMs of offsets) results.push(await shared({ ...scenario, offsetMs, jitterMs }));
			const of = results.map((r) => r.ofCeiling);
			const refused = results.map((r) => r.share429);
			const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
			const network = jitterMs ? `, arrivals scattered by up to ${jitterMs} ms` : '';
			console.log(`${label}${network}: ${pct(mean(of))} of the ceiling (min ${pct(Math.min(...of))}, max ${pct(Math.max(...of))}); 429 ${pct(mean(refused))} (max ${pct(Math.max(...refused))})`);
		}
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
