'use strict';
/**
 * `node test/emulator/cli.js [--port 12111] [--latency 50] [--rate 100] [--random429 0.02] [--stripe-limits] [--rtt 50]`
 * `--stripe-limits`: today's limits (100/s live, 25/s test, 25/s per endpoint, 20/s search);
 * `--rtt`: the round trip of the network in front of it (the second URL printed).
 */
const { startEmulator } = require('./index');

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);

startEmulator({ port: Number(args.port ?? 12111) }).then((emu) => {
	if (args.latency) emu.control.setLatency(Number(args.latency));
	if (args.rate || args.random429) emu.control.setRateLimit({ perSecond: Number(args.rate ?? 0), randomFraction: Number(args.random429 ?? 0) });
	if ('stripe-limits' in args) emu.control.setLimits({ global: { live: 100, test: 25 }, endpoint: 25, search: 20 });
	if (args.rtt) emu.control.setNetwork({ rttMs: Number(args.rtt) });
	process.stdout.write(`Stripe emulator listening on ${emu.url}, through a network on ${emu.networkUrl}\n`);
	const stop = () => emu.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
});
