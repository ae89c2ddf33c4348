'use strict';
/**
 * One emulator per test file, fresh state per test: `const env = useEmulator();` then
 * `env.emu` (the emulator) and `env.credentials` (a test-mode stripeConnectorApi credential for it).
 */
const { startEmulator } = require('../emulator');

function useEmulator({ key = 'test', clock } = {}) {
	const env = {};
	beforeAll(async () => {
		env.emu = await startEmulator();
		env.credentials = { stripeConnectorApi: { apiKey: env.emu.keys[key], baseUrl: env.emu.url } };
	});
	afterAll(() => env.emu.close());
	beforeEach(() => {
		env.emu.control.reset();
		if (clock !== undefined) env.emu.control.clock.setNow(clock);
	});
	return env;
}

module.exports = { useEmulator };
