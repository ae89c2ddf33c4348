'use strict';
/**
 * The scenarios of BENCHMARKS.md that run on a network with Stripe's limits of today: bulk creates
 * on a live key at two round trips and on a test key, a short run at 150 ms (2b), a second process
 * on the same key (also in a short run: 4b), and the trigger's page walk over a backlog. Each runs the node in its own process (scenario.js) against
 * the emulator's process through its simulated network (test/emulator/network.js).
 */
const { execFile } = require('node:child_process');
const path = require('node:path');

const LIVE = 'sk_live_emulator';
const TEST = 'sk_test_emulator';
/** docs.stripe.com/rate-limits: 100/s live, 25/s sandbox; 25/s per endpoint; 20/s search. */
const TODAYS_LIMITS = { global: { live: 100, test: 25 }, endpoint: 25, search: 20 };
/** Stripe's own time per request (the emulator waits this long before answering). */
const STRIPE_TIME_MS = { POST: 250, GET: 100 };
const ENDPOINT_CEILING = 25;
/** The short runs (2b, 4b): where the start of a run is a large part of it. */
const SHORT_RUN = 300;
/** One request in 50 fails, in turn: a 500, a 429 lock_timeout, a 500, a connection dropped after Stripe wrote. */
const FAULT_EVERY = 50;
const FAULT_CYCLE = [
	{ kind: 'status', status: 500 },
	{ kind: 'status', status: 429, code: 'lock_timeout', type: 'invalid_request_error', message: 'This object cannot be accessed right now because another API request or Stripe process is currently accessing it.' },
	{ kind: 'status', status: 500 },
	{ kind: 'drop-after' },
];

function runScenario(config) {
	return new Promise((resolve, reject) => {
		execFile(process.execPath, [path.join(__dirname, 'scenario.js'), JSON.stringify(config)], { encoding: 'utf8', maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
			if (error) return reject(new Error(`${error.message}\n${stderr}`));
			resolve(JSON.parse(stdout.trim().split('\n').pop()));
		});
	});
}

/** `only`: names of the scenarios to run (default all), for trying one alone. */
async function runLimitsScenarios(emu, sizes, only) {
	const want = (name) => !only || only.includes(name);
	const prepare = async ({ rttMs, faults }) => {
		await emu.reset();
		await emu.configure({ latencyMs: STRIPE_TIME_MS, limits: TODAYS_LIMITS, network: { rttMs } });
		if (faults) {
			const count = Math.ceil(faults / FAULT_EVERY) + 1;
			const list = Array.from({ length: count }, (_, i) => ({ ...FAULT_CYCLE[i % FAULT_CYCLE.length], match: { method: 'POST', path: '/v1/customers' }, after: FAULT_EVERY - 1 }));
			await emu.injectFaults(list);
		}
	};
	const create = (key, n, tag, options = {}) => ({ kind: 'action', operation: 'create', url: emu.networkUrl, controlUrl: emu.url, key, n, tag, options });
	const check = async (n, run, runs = [run]) => {
		const stats = await emu.stats();
		const customers = await emu.objects('customer');
		const emails = customers.map((c) => c.email);
		return {
			n,
			wallMs: run.wallMs,
			ceilingMs: (n / ENDPOINT_CEILING) * 1000,
			ofCeiling: (n / ENDPOINT_CEILING) * 1000 / run.wallMs,
			requests: stats.requests,
			limit429: stats.rateLimited,
			injected429: stats.responses429 - stats.rateLimited,
			limit429Share: stats.rateLimited / stats.requests,
			share429: stats.responses429 / stats.requests,
			faults: stats.responses5xx + stats.dropped + stats.responses429 - stats.rateLimited,
			lost: n - new Set(emails).size,
			duplicates: emails.length - new Set(emails).size,
			errors: runs.reduce((sum, r) => sum + r.errors, 0),
			inOrder: runs.every((r) => r.inOrder),
		};
	};
	const s = {};

	// 1. Live key, 50 ms round trip; the same node at one request in flight beside it (the way n8n's built-in node sends; that node is not measured).
	if (want('live50')) {
		await prepare({ rttMs: 50, faults: sizes.bulk });
		const bulk = await runScenario(create(LIVE, sizes.bulk, 'live'));
		s.live50 = { rttMs: 50, ...(await check(sizes.bulk, bulk)) };
		await prepare({ rttMs: 50, faults: sizes.seq });
		const sequential = await runScenario(create(LIVE, sizes.seq, 'seq', { maxConcurrency: 1 }));
		s.live50.sequentialPerItemMs = sequential.wallMs / sizes.seq;
		s.live50.speedupVsSequential = (s.live50.sequentialPerItemMs * sizes.bulk) / bulk.wallMs;
	}

	// 2. The same at 150 ms.
	if (want('live150')) {
		await prepare({ rttMs: 150, faults: sizes.bulk });
		s.live150 = { rttMs: 150, ...(await check(sizes.bulk, await runScenario(create(LIVE, sizes.bulk, 'far')))) };
	}

	// 2b. A short run far from Stripe, no injected faults: how much of its start the run loses.
	if (want('short150')) {
		await prepare({ rttMs: 150 });
		s.short150 = { rttMs: 150, ...(await check(SHORT_RUN, await runScenario(create(LIVE, SHORT_RUN, 'short')))) };
	}

	// 3. Test key: the sandbox's global 25/s.
	if (want('test50')) {
		await prepare({ rttMs: 50, faults: sizes.bulk });
		s.test50 = { rttMs: 50, ...(await check(sizes.bulk, await runScenario(create(TEST, sizes.bulk, 'test')))) };
	}

	// 4. Two processes (two n8n workers) on one live key at once: each sees only its own requests.
	if (want('shared')) {
		await prepare({ rttMs: 50, faults: sizes.bulk });
		const half = sizes.bulk / 2;
		const pair = await Promise.all([runScenario(create(LIVE, half, 'wa')), runScenario(create(LIVE, half, 'wb'))]);
		s.shared = { rttMs: 50, processes: 2, ...(await check(sizes.bulk, { wallMs: Math.max(...pair.map((r) => r.wallMs)) }, pair)) };
		// The same with each process set to half the endpoint's limit (Requests per Second), as the README advises.
		await prepare({ rttMs: 50, faults: sizes.bulk });
		const split = await Promise.all([runScenario(create(LIVE, half, 'sa', { requestsPerSecond: 12.5 })), runScenario(create(LIVE, half, 'sb', { requestsPerSecond: 12.5 }))]);
		s.sharedSplit = { rttMs: 50, processes: 2, ...(await check(sizes.bulk, { wallMs: Math.max(...split.map((r) => r.wallMs)) }, split)) };
	}

	// 4b. Two processes on one live key starting at once, a short run, no injected faults: the start's
	// excess and the settling after it are a large part of the run.
	if (want('sharedShort')) {
		await prepare({ rttMs: 50 });
		const half = SHORT_RUN / 2;
		const pair = await Promise.all([runScenario(create(LIVE, half, 'ssa')), runScenario(create(LIVE, half, 'ssb'))]);
		s.sharedShort = { rttMs: 50, processes: 2, ...(await check(SHORT_RUN, { wallMs: Math.max(...pair.map((r) => r.wallMs)) }, pair)) };
	}

	// 5. Trigger backlog, 50 ms round trip: one page after the other; then with no network at all, where only the pacer holds the endpoint's 25/s;
	// then a fifth as many charges paid for invoices, each through its own PaymentIntent: endive's InvoicePayment lookup per charge (Simplify on).
	const backlogs = [['backlog50', 50], ['backlog0', 0], ['backlogInvoices', 50, { amount: 100, invoice: 'in_bench' }]];
	for (const [name, rttMs, template] of backlogs.filter(() => want('backlog'))) {
		await emu.reset();
		await emu.configure({ limits: TODAYS_LIMITS });
		const stripeTimeMs = rttMs > 0 ? STRIPE_TIME_MS : 0;
		const n = template ? sizes.backlog / 5 : sizes.backlog;
		const run = await runScenario({ kind: 'trigger', url: emu.networkUrl, controlUrl: emu.url, key: LIVE, n, latencyMs: stripeTimeMs, rttMs, template });
		const stats = await emu.stats();
		const perPageMs = rttMs * 3 + (rttMs > 0 ? STRIPE_TIME_MS.GET : 0);
		s[name] = {
			n,
			rttMs,
			wallMs: run.wallMs,
			requests: run.requests,
			lookups: run.lookups,
			pageSpeedMs: run.requests * perPageMs,
			vsPageSpeed: perPageMs > 0 ? run.wallMs / (run.requests * perPageMs) : undefined,
			requestsPerSecond: run.requests / (run.wallMs / 1000),
			limit429: stats.rateLimited,
			share429: stats.responses429 / stats.requests,
			emitted: run.items,
			unique: run.unique,
			ordered: run.ordered,
			peakRssMB: run.peakRssMB,
			cursorBytes: run.cursorBytes,
		};
	}
	return s;
}

const f = (x, digits = 2) => Number(x).toFixed(digits);
const pct = (x, digits = 1) => `${f(x * 100, digits)}%`;

function limitsRows(s) {
	const correctness = (r) => `lost ${r.lost}, doubled ${r.duplicates}, errors ${r.errors}, order kept: ${r.inOrder}`;
	const answered = (r) => `${r.requests} requests: ${r.limit429} answered 429 by a limit (**${pct(r.limit429Share)}**), ${r.faults} injected faults`;
	const bulkRow = (number, label, r, { extra = '', ratio = '', goal = '≥ 90%, ≤ 1% 429, 0 lost/doubled' } = {}) =>
		`| ${number} | ${label} | ${f(r.wallMs / 1000)} s (ceiling ${f(r.ceilingMs / 1000)} s)${extra}; ${answered(r)}; ${correctness(r)} | **${f(r.ofCeiling * 100, 0)}%** of the ceiling${ratio} | ${goal} |`;
	/** The rows of the scenarios in `s`: a run with `--only` (run.js) has some of them. */
	const rows = [
		s.live50 && bulkRow(1, `bulk create, live key: ${s.live50.n} customers, 50 ms round trip`, s.live50, { extra: `; one in flight: ${f(s.live50.sequentialPerItemMs, 0)} ms/item`, ratio: `; **${f(s.live50.speedupVsSequential, 1)}×** this node at one request in flight (not n8n's built-in node)` }),
		s.live150 && bulkRow(2, `the same at 150 ms round trip`, s.live150),
		s.short150 && bulkRow('2b', `short run: ${s.short150.n} customers at 150 ms round trip, no injected faults`, s.short150, { goal: '≥ 90%, 0 429, 0 lost/doubled' }),
		s.test50 && bulkRow(3, `bulk create, test key: ${s.test50.n} customers, 50 ms (25/s global)`, s.test50),
		s.shared && bulkRow(4, `two processes on one live key at once (two n8n workers): ${s.shared.n / 2} customers each, 50 ms`, s.shared, { goal: '0 lost/doubled; 429s rare (≤ 1% wished)' }),
		s.sharedSplit && bulkRow(4, `… each process set to *Requests per Second* 12.5`, s.sharedSplit),
		s.sharedShort && bulkRow('4b', `two processes on one live key (queue-mode workers) starting at once, short run: ${s.sharedShort.n / 2} customers each, 50 ms, no injected faults`, s.sharedShort, { goal: '≥ 80%, ≤ 5% 429, 0 lost/doubled' }),
		s.backlog50 && `| 5 | trigger backlog: ${s.backlog50.n} new charges, 50 ms round trip | ${f(s.backlog50.wallMs / 1000)} s for ${s.backlog50.requests} requests (${f(s.backlog50.requestsPerSecond, 1)}/s); 429 ${pct(s.backlog50.share429)}; emitted ${s.backlog50.emitted} (unique ${s.backlog50.unique}, oldest first: ${s.backlog50.ordered}); peak RSS ${f(s.backlog50.peakRssMB, 0)} MB; cursor ${s.backlog50.cursorBytes} bytes | **${f(s.backlog50.vsPageSpeed)}×** page speed (${f(s.backlog50.pageSpeedMs / 1000)} s = requests × (3 round trips + ${STRIPE_TIME_MS.GET} ms)) | ≤ 1.2×, ≤ 1% 429 |`,
		s.backlog0 && `| 5 | … no network, no Stripe time | ${f(s.backlog0.wallMs / 1000)} s for ${s.backlog0.requests} requests (**${f(s.backlog0.requestsPerSecond, 1)}/s**); ${s.backlog0.limit429} answered 429 | paced under the endpoint's 25/s | ≤ 25/s, 0 429 |`,
		s.backlogInvoices && s.backlog50 && `| 5 | … the ${s.backlogInvoices.n} charges paid for invoices, 50 ms (Simplify on: each charge's \`invoice\` looked up, API 2026-10-28.endive) | ${f(s.backlogInvoices.wallMs / 1000)} s for ${s.backlogInvoices.requests} requests (${s.backlogInvoices.lookups} InvoicePayment lookups, ${f(s.backlogInvoices.requestsPerSecond, 1)}/s); 429 ${pct(s.backlogInvoices.share429)}; emitted ${s.backlogInvoices.emitted} (unique ${s.backlogInvoices.unique}) | **${f(s.backlogInvoices.wallMs / s.backlogInvoices.n / (s.backlog50.wallMs / s.backlog50.n), 1)}×** the time per charge without lookups; at most the lookup endpoint's 25/s | 1 lookup per PaymentIntent, ≤ 1% 429 |`,
	];
	return rows.filter(Boolean);
}

const LIMITS_SETUP = `Scenarios 1–5 run through a simulated network in front of the emulator (test/emulator/network.js): every packet is delayed by half the
round trip each way, and a new connection's first bytes wait two round trips (TCP and TLS handshakes) — n8n's request helper
opens a new connection per request, so each request costs 3 round trips plus Stripe's own time (${STRIPE_TIME_MS.POST} ms per create,
${STRIPE_TIME_MS.GET} ms per list page). The emulator applies today's limits over a sliding one-second window: 100/s live and
25/s test per account, 25/s per endpoint, 20/s for search. One create in ${FAULT_EVERY} fails (a 500, a 429 \`lock_timeout\`, a 500, a
connection dropped after Stripe wrote, in turn), which the node retries. The ceiling is the endpoint's 25/s. "429 by a limit"
counts requests the emulator refused for exceeding a limit; the injected \`lock_timeout\` 429s are counted with the faults.`;

module.exports = { runLimitsScenarios, limitsRows, LIMITS_SETUP, TODAYS_LIMITS, STRIPE_TIME_MS };
