'use strict';
/**
 * Virtual time for flow-control tests: `now()` and `sleep(ms)` as flowControl.ts's Clock wants
 * them, and `run()`, which wakes the sleepers in time order (letting each one's promise chain run
 * before the next wakes) until none is left. `busy(at, ms)` models an event loop kept busy for
 * `ms` from `at`: timers due meanwhile wake late, as on a loaded machine.
 */
function virtualClock(start = 0) {
	let now = start;
	let seq = 0;
	const timers = [];
	const at = (time, fn) => timers.push({ time, seq: seq++, fn });
	const settle = () => new Promise((resolve) => setImmediate(resolve));
	return {
		now: () => now,
		sleep: (ms) => new Promise((resolve) => at(now + Math.max(0, ms), resolve)),
		busy: (from, ms) =>
			at(from, () => {
				now += ms;
			}),
		async run() {
			for (;;) {
				await settle();
				if (timers.length === 0) return;
				timers.sort((a, b) => a.time - b.time || a.seq - b.seq);
				const timer = timers.shift();
				now = Math.max(now, timer.time);
				timer.fn();
			}
		},
	};
}

module.exports = { virtualClock };
