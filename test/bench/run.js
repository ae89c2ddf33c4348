'use strict';
/**
 * `npm run bench [-- --quick] [-- --only name,name]`: the scenarios of BENCHMARKS.md, side by side in one run, against
 * the emulator in its own process, everything through n8n-core's engine with the built package.
 * Each group of scenarios lives in its own file and adds its rows to the table: Stripe's limits
 * on a network (limitsScenarios.js), then the engine's overhead and memory on loopback (here).
 * Writes BENCHMARKS.md and test/bench/results.json. With `--only`, runs just the named scenarios
 * (ONLY_NAMES), prints their rows and JSON and writes nothing: a partial run is no BENCHMARKS.md.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startEmulatorProcess } = require('./emulatorProcess');
const { runLimitsScenarios, limitsRows, LIMITS_SETUP } = require('./limitsScenarios');
const { runEventScenarios, eventRows, EVENT_SCENARIO_NAMES } = require('./eventScenarios');

const quick = process.argv.includes('--quick');
/** The names `--only` takes: the limits scenarios (limitsScenarios.js), then this file's own. */
const ONLY_NAMES = ['live50', 'live150', 'short150', 'test50', 'shared', 'sharedShort', 'backlog', 'overhead', 'scale', 'instant', ...EVENT_SCENARIO_NAMES];
const only = onlyArgument(process.argv);
const want = (name) => !only || only.includes(name);
const SIZES = quick ? { bulk: 150, seq: 15, backlog: 2000, overhead: 500, scaleSmall: 500, scaleLarge: 2000 } : { bulk: 1000, seq: 40, backlog: 10000, overhead: 2000, scaleSmall: 1000, scaleLarge: 10000 };
const ROOT = path.resolve(__dirname, '..', '..');
const LIVE = 'sk_live_emulator';

function scenario(config) {
	const out = execFileSync(process.execPath, [path.join(__dirname, 'scenario.js'), JSON.stringify(config)], { encoding: 'utf8', maxBuffer: 1 << 26 });
	return JSON.parse(out.trim().split('\n').pop());
}

/** The instant trigger's scenarios in their own process: 100 deliveries one at a time (quick: 40), and a burst of 1,000 (quick: 200), 50 ms per Stripe request. */
function instantScenario(url) {
	const n = quick ? 40 : 100;
	const burst = quick ? 200 : 1000;
	const out = execFileSync(process.execPath, [path.join(__dirname, 'instant.js'), JSON.stringify({ url, n, burst, latencyMs: 50 })], { encoding: 'utf8', maxBuffer: 1 << 26 });
	return { n, ...JSON.parse(out.trim().split('\n').pop()) };
}

async function main() {
	const emu = await startEmulatorProcess();
	const results = { machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, command: `npm run bench${quick ? ' -- --quick' : ''}`, date: new Date().toISOString(), quick, scenarios: {} };
	const fresh = async (latencyMs, rateLimit) => {
		await emu.reset();
		await emu.configure({ latencyMs, rateLimit });
	};
	try {
		Object.assign(results.scenarios, await runLimitsScenarios(emu, SIZES, only));

		// 6. Overhead: CPU per item, node vs raw undici, on loopback, no limits.
		if (want('overhead')) {
			await fresh(0, null);
			const node = scenario({ kind: 'action', operation: 'create', url: emu.url, key: LIVE, n: SIZES.overhead, tag: 'ovh', options: { requestsPerSecond: 1e6 } });
			await fresh(0, null);
			const floor = scenario({ kind: 'raw', url: emu.url, key: LIVE, n: SIZES.overhead, tag: 'raw', options: { maxConcurrency: 10 } });
			await fresh(0, null);
			// The same raw client opening a connection per request, as n8n's request helper does.
			const noKeepAlive = scenario({ kind: 'raw', url: emu.url, key: LIVE, n: SIZES.overhead, tag: 'rawnka', options: { maxConcurrency: 10 }, newConnectionPerRequest: true });
			results.scenarios.overhead = {
				n: SIZES.overhead,
				nodeCpuPerItemMs: node.cpuMs / SIZES.overhead,
				rawCpuPerItemMs: floor.cpuMs / SIZES.overhead,
				rawNewConnectionCpuPerItemMs: noKeepAlive.cpuMs / SIZES.overhead,
				ratio: node.cpuMs / floor.cpuMs,
				ratioVsNewConnection: node.cpuMs / noKeepAlive.cpuMs,
				nodeWallMs: node.wallMs,
				rawWallMs: floor.wallMs,
			};
		}

		// 7. Scale: bulk update, peak RSS at two sizes.
		if (want('scale')) {
			const scale = {};
			for (const n of [SIZES.scaleSmall, SIZES.scaleLarge]) {
				await fresh(0, null);
				await emu.seed('customer', n, {});
				scale[n] = scenario({ kind: 'action', operation: 'update', url: emu.url, key: LIVE, n, options: { requestsPerSecond: 1e6 } });
			}
			const [small, large] = [scale[SIZES.scaleSmall], scale[SIZES.scaleLarge]];
			results.scenarios.scale = { n: SIZES.scaleLarge, wallMs: large.wallMs, errors: large.errors, peakRssMB: large.peakRssMB, peakRssSmallMB: small.peakRssMB, nSmall: SIZES.scaleSmall, rssPerExtraItemKB: ((large.peakRssMB - small.peakRssMB) * 1024) / (SIZES.scaleLarge - SIZES.scaleSmall) };
		}

		// --- 8. Instant trigger (test/bench/instant.js): delivery → workflow start, and overlapping deliveries. ---
		if (want('instant')) {
			await fresh(0, null);
			results.scenarios.instant = instantScenario(emu.url);
		}
		// --- end of the instant trigger block ---
		Object.assign(results.scenarios, await runEventScenarios(emu, quick, only)); // 9. Any Event Type(s) (eventScenarios.js)
	} finally {
		await emu.stop();
	}
	if (only) {
		console.log(JSON.stringify(results, null, 2));
		console.log(limitsRows(results.scenarios).join('\n'));
		if (results.scenarios.instant) console.log(instantRows(results.scenarios.instant));
		console.log(eventRows(results.scenarios).join('\n'));
		return;
	}
	fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
	const benchmarks = path.join(ROOT, 'BENCHMARKS.md');
	fs.writeFileSync(benchmarks, `${markdown(results)}${notesOf(benchmarks)}`);
	console.log(markdown(results));
}

/** The dated sections written by hand below the generated part (from its first `## ` heading): a full run keeps them. */
function notesOf(file) {
	const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
	const start = old.indexOf('\n## ');
	return start < 0 ? '' : old.slice(start);
}

/** `--only a,b` (or `--only=a,b`): the scenarios to run, checked against ONLY_NAMES; undefined: all. */
function onlyArgument(argv) {
	const index = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
	if (index < 0) return undefined;
	const value = argv[index].startsWith('--only=') ? argv[index].slice('--only='.length) : argv[index + 1] ?? '';
	const names = value.split(',').filter(Boolean);
	const unknown = names.filter((name) => !ONLY_NAMES.includes(name));
	if (names.length === 0 || unknown.length) throw new Error(`--only takes some of ${ONLY_NAMES.join(', ')}; got ${value || 'nothing'}`);
	return names;
}

const f = (x, digits = 2) => Number(x).toFixed(digits);

/** BENCHMARKS.md rows of the instant trigger (scenario 8). */
function instantRows(i) {
	return `| 8 | instant trigger: ${i.latency.n} deliveries one at a time, 50 ms per Stripe request | delivery → workflow start: median **${i.latency.medianMs} ms**, p95 **${i.latency.p95Ms} ms**, max ${i.latency.maxMs} ms; the first after activation ${i.latency.firstMs} ms (counted in the p95) | polling trigger's floor: n8n polls at most once a minute, so up to 60 000 ms (30 000 ms on average) | ≤ 1 s p95 |
| 8 | … overlapping: ${i.overlapping.objects} customers in bursts, every event delivered twice, shuffled | ${i.overlapping.deliveries} deliveries → ${i.overlapping.items} items: duplicates ${i.overlapping.duplicates}, lost ${i.overlapping.lost} | | 0, 0 |
${i.burst ? burstRow(i.burst) : ''}`;
}

/** The instant trigger's burst: many objects at once, every delivery duplicated and shuffled. */
function burstRow(b) {
	return `| 8 | … burst: ${b.objects} customers created within ${f(b.createdWithinMs / 1000, 1)} s, every delivery duplicated and shuffled, Stripe redelivering non-2xx | last emission **${f(b.lastEmissionMs / 1000, 2)} s** after the first creation (${f(b.afterLastCreationMs / 1000, 2)} s after the last); ${b.deliveries} deliveries (${b.non2xx} answered non-2xx) → ${b.executions} executions, ${b.items} items: duplicates ${b.duplicates}, lost ${b.lost} | **${f(b.requestsPerObject, 3)}** Stripe requests per emitted object (${b.requests}), of them ${f(b.claimsPerObject, 3)} claims (${b.claims}) | 0 lost/doubled; requests per object bounded by walks, not objects |`;
}

function markdown(r) {
	const s = r.scenarios;
	return `# Benchmarks

Machine: ${r.machine}. Command: \`${r.command}\` (${r.date}). The Stripe emulator runs in its own
process; the nodes run inside n8n-core's engine from the built package, each scenario in its own
process, its node types loaded before the clock starts (n8n loads them once, at startup). Each ratio compares figures measured side by side in this run.

${LIMITS_SETUP}

| # | scenario | measured | ratio | goal |
|---|---|---|---|---|
${limitsRows(s).join('\n')}
| 6 | overhead: ${s.overhead.n} creates on loopback, no limit | node ${f(s.overhead.nodeCpuPerItemMs, 3)} ms CPU/item; raw undici ${f(s.overhead.rawCpuPerItemMs, 3)} ms with keep-alive, ${f(s.overhead.rawNewConnectionCpuPerItemMs, 3)} ms with a new connection per request (as n8n's helper) | **${f(s.overhead.ratio, 1)}×** the keep-alive floor; ${f(s.overhead.ratioVsNewConnection, 1)}× the new-connection floor | ≤ 3× |
| 7 | scale: ${s.scale.n}-item bulk update on loopback | ${f(s.scale.wallMs / 1000)} s, errors ${s.scale.errors}, peak RSS ${f(s.scale.peakRssMB, 0)} MB (${s.scale.nSmall} items: ${f(s.scale.peakRssSmallMB, 0)} MB) | ${f(s.scale.rssPerExtraItemKB, 1)} KB of RSS per extra item | grows with output only |
${s.instant ? instantRows(s.instant) : ''}
${eventRows(s).join('\n')}

Scenarios 6 and 7 set *Requests per Second* far above Stripe's limits, so that they measure the node, not the pacer.
Machine-readable: \`test/bench/results.json\`.
`;
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
