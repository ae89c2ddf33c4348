'use strict';
/**
 * The emulator in its own process (as in the benchmark), fresh state per test: for tests that read
 * the emulator's request log as a clock, which the node's own work must not skew.
 * `const env = useEmulatorProcess();` then `env.emu` (see test/bench/emulatorProcess.js) and
 * `env.credentials(baseUrl?)` (a test-mode stripeConnectorApi credential).
 */
const { startEmulatorProcess } = require('../bench/emulatorProcess');

function useEmulatorProcess() {
	const env = {};
	beforeAll(async () => {
		env.emu = await startEmulatorProcess();
		env.credentials = (baseUrl = env.emu.url) => ({ stripeConnectorApi: { apiKey: 'sk_test_emulator', baseUrl } });
	});
	afterAll(() => env.emu.stop());
	beforeEach(() => env.emu.reset());
	return env;
}

module.exports = { useEmulatorProcess };
