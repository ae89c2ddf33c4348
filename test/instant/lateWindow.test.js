'use strict';
/** Checkout Sessions: the late window is bounded (1,000 sessions); when it shrinks, the user is told. */
const { useEmulator } = require('../support/useEmulator');
const { activeTrigger, settle, spyOnWarnings } = require('./support');

const env = useEmulator();
let trigger;
afterEach(async () => trigger?.close());

test('more than 1,000 completed sessions inside the Late Completion Window: all emitted, and a warning names the seconds no longer looked at', async () => {
	const warnings = spyOnWarnings();
	try {
		trigger = await activeTrigger(env, { event: 'order', orderSource: 'checkoutSessions' });
		env.emu.control.webhooks.configure({ down: true });
		for (let second = 0; second < 11; second++) {
			env.emu.control.clock.advance(1);
			env.emu.control.createMany('checkout.session', 100, { status: 'complete' });
		}
		env.emu.control.webhooks.discardHeld();
		env.emu.control.webhooks.configure({ down: false });
		env.emu.control.clock.advance(1);
		env.emu.control.createMany('checkout.session', 1, { status: 'complete' });
		await settle(env, trigger);
		expect(new Set(trigger.items().map((order) => order.id)).size).toBe(1101);
		expect(warnings.messages().filter((message) => /more than 1,000 Checkout Sessions completed within the Late Completion Window/.test(message))).toHaveLength(1);
	} finally {
		warnings.restore();
	}
}, 60000);
