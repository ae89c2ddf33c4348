'use strict';
/**
 * `npm run bench [-- --quick]`: the scenarios of BENCHMARKS.md, side by side in one run, against
 * the emulator in its own process on loopback, everything through n8n-core's engine with the
 * built package. Writes BENCHMARKS.md and test/bench/results.json.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startEmulatorProcess } = require('./emulatorProcess');

const quick = process.argv.includes('--quick');
const SIZES = quick ? { bulk: 150, seq: 40, testKey: 100, backlog: 2000, overhead: 500, scaleSmall: 500, scaleLarge: 2000 } : { bulk: 1000, seq: 200, testKey: 1000, backlog: 10000, overhead: 2000, scaleSmall: 1000, scaleLarge: 10000 };
const ROOT = path.resolve(__dirname, '..', '..');
const LIVE = 'sk_live_emulator';
const TEST = 'sk_test_emulator';

function scenario(config) {
	const out = execFileSync(process.execPath, [path.join(__dirname, 'scenario.js'), JSON.stringify(config)], { encoding: 'utf8', maxBuffer: 1 << 26 });
	return JSON.parse(out.trim().split('\n').pop());
}

/** The instant trigger's scenario in its own process: 100 deliveries one at a time (quick: 40), 50 ms per Stripe request. */
function instantScenario(url) {
	const n = quick ? 40 : 100;
	const out = execFileSync(process.execPath, [path.join(__dirname, 'instant.js'), JSON.stringify({ url, n, latencyMs: 50 })], { encoding: 'utf8', maxBuffer: 1 << 26 });
	return { n, ...JSON.parse(out.trim().split('\n').pop()) };
}

async function main() {
	const emu = await startEmulatorProcess();
	const results = { machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, command: `npm run bench${quick ? ' -- --quick' : ''}`, date: new Date().toISOString(), quick, scenarios: {} };
	const fresh = async (latencyMs, rateLimit) => {
		await emu.reset();
		await emu.configure({ latencyMs, rateLimit });
	};
	const duplicates = async () => {
		const customers = await emu.objects('customer');
		return customers.length - new Set(customers.map((c) => c.email)).size;
	};
	try {
		// 1. Bulk create, live key, 50 ms, 100 req/s, 2% 429; sequential (one in flight) measured in the same run.
		await fresh(50, { perSecond: 100, randomFraction: 0.02 });
		const bulk = scenario({ kind: 'action', operation: 'create', url: emu.url, key: LIVE, n: SIZES.bulk, tag: 'live', options: {} });
		const bulkStats = await emu.stats();
		const bulkDuplicates = await duplicates();
		const bulkObjects = (await emu.objects('customer')).length;
		await fresh(50, { perSecond: 100, randomFraction: 0.02 });
		const sequential = scenario({ kind: 'action', operation: 'create', url: emu.url, key: LIVE, n: SIZES.seq, tag: 'seq', options: { maxConcurrency: 1 } });
		const ceilingMs = (SIZES.bulk / 100) * 1000;
		const seqPerItem = sequential.wallMs / SIZES.seq;
		results.scenarios.bulkLive = {
			n: SIZES.bulk,
			wallMs: bulk.wallMs,
			ceilingMs,
			ofCeiling: ceilingMs / bulk.wallMs,
			sequentialPerItemMs: seqPerItem,
			speedupVsSequential: (seqPerItem * SIZES.bulk) / bulk.wallMs,
			lost: SIZES.bulk - bulkObjects,
			duplicates: bulkDuplicates,
			surfaced429: bulk.errors,
			retried429: bulkStats.responses429,
			inOrder: bulk.inOrder,
		};

		// 2. Bulk create, test key, 25 req/s.
		await fresh(50, { perSecond: 25, randomFraction: 0 });
		const testKey = scenario({ kind: 'action', operation: 'create', url: emu.url, key: TEST, n: SIZES.testKey, tag: 'test', options: {} });
		const testCeiling = (SIZES.testKey / 25) * 1000;
		results.scenarios.bulkTest = { n: SIZES.testKey, wallMs: testKey.wallMs, ceilingMs: testCeiling, vsCeiling: testKey.wallMs / testCeiling, errors: testKey.errors, emulator429: (await emu.stats()).responses429, duplicates: await duplicates() };

		// 3. Trigger backlog.
		await fresh(0, null);
		const backlog = scenario({ kind: 'trigger', url: emu.url, key: LIVE, n: SIZES.backlog, latencyMs: 50 });
		const pageBoundMs = (SIZES.backlog / 100) * 50;
		results.scenarios.triggerBacklog = { n: SIZES.backlog, wallMs: backlog.wallMs, pagesTimesLatencyMs: pageBoundMs, vsPageSpeed: backlog.wallMs / pageBoundMs, seedCapMs: (SIZES.backlog / 100) * 1000, emitted: backlog.items, unique: backlog.unique, ordered: backlog.ordered, requests: backlog.requests, peakRssMB: backlog.peakRssMB, cursorBytes: backlog.cursorBytes };

		// 4. Overhead: CPU per item, node vs raw undici, zero latency, no limits.
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

		// 5. Scale: bulk update, peak RSS at two sizes.
		const scale = {};
		for (const n of [SIZES.scaleSmall, SIZES.scaleLarge]) {
			await fresh(0, null);
			await emu.seed('customer', n, {});
			scale[n] = scenario({ kind: 'action', operation: 'update', url: emu.url, key: LIVE, n, options: { requestsPerSecond: 1e6 } });
		}
		const [small, large] = [scale[SIZES.scaleSmall], scale[SIZES.scaleLarge]];
		results.scenarios.scale = { n: SIZES.scaleLarge, wallMs: large.wallMs, errors: large.errors, peakRssMB: large.peakRssMB, peakRssSmallMB: small.peakRssMB, nSmall: SIZES.scaleSmall, rssPerExtraItemKB: ((large.peakRssMB - small.peakRssMB) * 1024) / (SIZES.scaleLarge - SIZES.scaleSmall) };

		// --- 6. Instant trigger (test/bench/instant.js): delivery → workflow start, and overlapping deliveries. ---
		await fresh(0, null);
		results.scenarios.instant = instantScenario(emu.url);
		// --- end of the instant trigger block ---
	} finally {
		await emu.stop();
	}
	fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
	fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), markdown(results));
	console.log(markdown(results));
}

const f = (x, digits = 2) => Number(x).toFixed(digits);

/** BENCHMARKS.md rows of the instant trigger (scenario 6). */
function instantRows(i) {
	return `| 6 | instant trigger: ${i.latency.n} deliveries one at a time, 50 ms per Stripe request | delivery → workflow start: median **${i.latency.medianMs} ms**, p95 **${i.latency.p95Ms} ms** (max ${i.latency.maxMs} ms, the first after activation) | polling trigger's floor: n8n polls at most once a minute, so up to 60 000 ms (30 000 ms on average) | ≤ 1 s p95 |
| 6 | … overlapping: ${i.overlapping.objects} customers in bursts, every event delivered twice, shuffled | ${i.overlapping.deliveries} deliveries → ${i.overlapping.items} items: duplicates ${i.overlapping.duplicates}, lost ${i.overlapping.lost} | | 0, 0 |
`;
}

function markdown(r) {
	const s = r.scenarios;
	return `# Benchmarks

Machine: ${r.machine}. Command: \`${r.command}\` (${r.date}). The Stripe emulator runs in its own
process on loopback with the latency and rate-limit knobs below; the nodes run inside n8n-core's
engine from the built package. Each ratio compares figures measured side by side in this run.

| # | scenario | measured | ratio | goal |
|---|---|---|---|---|
| 1 | bulk create, live key: ${s.bulkLive.n} customers, 50 ms latency, 100 req/s limit, 2% 429 | ${f(s.bulkLive.wallMs / 1000)} s (ceiling ${f(s.bulkLive.ceilingMs / 1000)} s); sequential ${f(s.bulkLive.sequentialPerItemMs, 1)} ms/item | **${f(s.bulkLive.ofCeiling * 100, 0)}%** of ceiling; **${f(s.bulkLive.speedupVsSequential, 1)}×** the sequential run | ≥ 90%, ≥ 4.5× |
| 1 | … correctness | lost ${s.bulkLive.lost}, duplicates ${s.bulkLive.duplicates}, 429 surfaced ${s.bulkLive.surfaced429} (${s.bulkLive.retried429} answered 429 and retried), order kept: ${s.bulkLive.inOrder} | | 0, 0, 0 |
| 2 | bulk create, test key: ${s.bulkTest.n} customers, 25 req/s limit | ${f(s.bulkTest.wallMs / 1000)} s (ceiling ${f(s.bulkTest.ceilingMs / 1000)} s), errors ${s.bulkTest.errors}, 429 from the emulator ${s.bulkTest.emulator429} | **${f(s.bulkTest.vsCeiling)}×** the ceiling | ≤ 1.1×, no error |
| 3 | trigger backlog: ${s.triggerBacklog.n} new charges, 50 ms latency | ${f(s.triggerBacklog.wallMs / 1000)} s for ${s.triggerBacklog.requests} requests; emitted ${s.triggerBacklog.emitted} (unique ${s.triggerBacklog.unique}, oldest first: ${s.triggerBacklog.ordered}); peak RSS ${f(s.triggerBacklog.peakRssMB, 0)} MB; cursor ${s.triggerBacklog.cursorBytes} bytes | **${f(s.triggerBacklog.vsPageSpeed)}×** pages × latency (${f(s.triggerBacklog.pagesTimesLatencyMs / 1000)} s); the seed connector's cap would need ${f(s.triggerBacklog.seedCapMs / 1000, 0)} s | ≤ 1.2× |
| 4 | overhead: ${s.overhead.n} creates, no latency, no limit | node ${f(s.overhead.nodeCpuPerItemMs, 3)} ms CPU/item; raw undici ${f(s.overhead.rawCpuPerItemMs, 3)} ms with keep-alive, ${f(s.overhead.rawNewConnectionCpuPerItemMs, 3)} ms with a new connection per request (as n8n's helper) | **${f(s.overhead.ratio, 1)}×** the keep-alive floor; ${f(s.overhead.ratioVsNewConnection, 1)}× the new-connection floor | ≤ 3× |
| 5 | scale: ${s.scale.n}-item bulk update | ${f(s.scale.wallMs / 1000)} s, errors ${s.scale.errors}, peak RSS ${f(s.scale.peakRssMB, 0)} MB (${s.scale.nSmall} items: ${f(s.scale.peakRssSmallMB, 0)} MB) | ${f(s.scale.rssPerExtraItemKB, 1)} KB of RSS per extra item | grows with output only |
${s.instant ? instantRows(s.instant) : ''}
Machine-readable: \`test/bench/results.json\`.
`;
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
