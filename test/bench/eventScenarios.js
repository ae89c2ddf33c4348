'use strict';
/**
 * The scenarios of BENCHMARKS.md for Event "Any Event Type(s)" (issue #20), scenario 9: a backlog of
 * events drained by the polling trigger through the simulated network of scenarios 1–5 (eventBacklog.js),
 * and a burst of events delivered twice and shuffled through the instant trigger (eventInstant.js).
 * Each runs in its own process against the emulator's process.
 *
 * Alone: `node test/bench/eventScenarios.js [--quick]` starts its own emulator, runs these two and
 * prints their JSON and rows (it writes nothing; BENCHMARKS.md is `npm run bench`'s).
 */
const { execFile } = require('node:child_process');
const path = require('node:path');
const { TODAYS_LIMITS, STRIPE_TIME_MS } = require('./limitsScenarios');

/** The names these scenarios answer to in `npm run bench -- --only`. */
const EVENT_SCENARIO_NAMES = ['eventBacklog', 'eventInstant'];
const SIZES = { quick: { backlog: 1000, burst: 200 }, full: { backlog: 5000, burst: 1000 } };
const RTT_MS = 50;

function runProcess(file, config) {
	return new Promise((resolve, reject) => {
		execFile(process.execPath, [path.join(__dirname, file), JSON.stringify(config)], { encoding: 'utf8', maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
			if (error) return reject(new Error(`${error.message}\n${stderr}`));
			resolve(JSON.parse(stdout.trim().split('\n').pop()));
		});
	});
}

/** `only`: names of the scenarios to run (default all); names not in EVENT_SCENARIO_NAMES are others'. */
async function runEventScenarios(emu, quick, only) {
	const want = (name) => !only || only.includes(name);
	const sizes = quick ? SIZES.quick : SIZES.full;
	const s = {};
	if (want('eventBacklog')) {
		await emu.reset();
		await emu.configure({ limits: TODAYS_LIMITS });
		const n = sizes.backlog;
		const run = await runProcess('eventBacklog.js', { url: emu.networkUrl, controlUrl: emu.url, key: 'sk_live_emulator', n, rttMs: RTT_MS, latencyMs: STRIPE_TIME_MS });
		const perPageMs = RTT_MS * 3 + STRIPE_TIME_MS.GET;
		s.eventBacklog = { n, rttMs: RTT_MS, ...run, eventsPerSecond: n / (run.wallMs / 1000), requestsPerSecond: run.requests / (run.wallMs / 1000), pageSpeedMs: run.requests * perPageMs, vsPageSpeed: run.wallMs / (run.requests * perPageMs) };
	}
	if (want('eventInstant')) {
		s.eventInstant = await runProcess('eventInstant.js', { url: emu.url, burst: sizes.burst, latencyMs: 50 });
	}
	return s;
}

const f = (x, digits = 2) => Number(x).toFixed(digits);

/** BENCHMARKS.md rows of scenario 9, for the scenarios in `s`. */
function eventRows(s) {
	const b = s.eventBacklog;
	const i = s.eventInstant;
	return [
		b &&
			`| 9 | Any Event Type(s), polling trigger: backlog of ${b.n} \`invoice.paid\` events (and ${b.n / 10} \`invoice.payment_failed\`, not chosen), ${b.rttMs} ms round trip through the network of scenarios 1–5 | ${f(b.wallMs / 1000)} s to drain, ${b.requests} requests (${f(b.requestsPerSecond, 1)}/s), **${f(b.eventsPerSecond, 0)} events/s**; ${b.rateLimited} answered 429 by a limit; emitted ${b.items} (unique ${b.unique}, oldest first: ${b.ordered}, not chosen ${b.notChosen}, lost ${b.lost}); peak RSS ${f(b.peakRssMB, 0)} MB; cursor ${b.cursorBytes} bytes | **${f(b.vsPageSpeed)}×** page speed (${f(b.pageSpeedMs / 1000)} s = requests × (3 round trips + ${STRIPE_TIME_MS.GET} ms)) | ≤ 1.2×, 0 lost/doubled |`,
		i &&
			`| 9 | Any Event Type(s), instant trigger: ${i.events} \`invoice.paid\` events within ${f(i.emittedWithinMs / 1000, 1)} s (and ${i.events / 10} \`invoice.payment_failed\`, not subscribed), every delivery duplicated and shuffled, Stripe redelivering non-2xx, 50 ms per Stripe request (as row 8) | last emission **${f(i.lastEmissionMs / 1000, 2)} s** after the first event (${f(i.afterLastEventMs / 1000, 2)} s after the last); ${i.deliveries} deliveries (${i.non2xx} answered non-2xx) → ${i.executions} executions, ${i.items} items: duplicates ${i.duplicates}, lost ${i.lost}, not chosen ${i.notChosen} | **${f(i.requestsPerEvent, 3)}** Stripe requests per emitted event (${i.requests}), of them ${f(i.claimsPerEvent, 3)} claims (${i.claims}) | 0 lost/doubled; requests per event bounded by walks, not events |`,
	].filter(Boolean);
}

async function main() {
	const { startEmulatorProcess } = require('./emulatorProcess');
	const quick = process.argv.includes('--quick');
	const emu = await startEmulatorProcess();
	try {
		const s = await runEventScenarios(emu, quick);
		console.log(JSON.stringify({ quick, date: new Date().toISOString(), scenarios: s }, null, 2));
		console.log(eventRows(s).join('\n'));
	} finally {
		await emu.stop();
	}
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { runEventScenarios, eventRows, EVENT_SCENARIO_NAMES };
