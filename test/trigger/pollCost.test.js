'use strict';
/**
 * What a poll costs in list requests (README "Poll interval" and "Guarantees and limits"), counted
 * in the emulator's request log: an empty poll still lists, a backlog costs one request per 100
 * objects, and an order poll lists its whole look-back window again every time.
 */
const { createPoller } = require('../harness');
const { useEmulator } = require('../support/useEmulator');

const T0 = 1_760_000_000;
const env = useEmulator({ clock: T0 });

function poller(parameters) {
	return createPoller({
		node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { simplify: false, options: {}, ...parameters } },
		credentials: env.credentials,
	});
}

/** The list requests one poll sends, and what it emitted. */
async function measuredPoll(trigger) {
	const before = env.emu.control.requestLog().length;
	const emitted = (await trigger.poll()) ?? [];
	return { requests: env.emu.control.requestLog().length - before, emitted: emitted.length };
}

test('customers: an empty poll makes 2 list requests; 250 new customers cost 4 (one per 100 objects, plus one)', async () => {
	env.emu.control.createMany('customer', 5);
	const trigger = poller({ event: 'customer' });
	await trigger.poll();
	expect(await measuredPoll(trigger)).toEqual({ requests: 2, emitted: 0 });
	env.emu.control.clock.advance(1);
	env.emu.control.createMany('customer', 250);
	expect(await measuredPoll(trigger)).toEqual({ requests: 4, emitted: 250 });
	// The second of the newest emitted object is listed whole again: its 250 customers take 3 pages.
	expect(await measuredPoll(trigger)).toEqual({ requests: 4, emitted: 0 });
	env.emu.control.clock.advance(1);
	env.emu.control.createMany('customer', 1);
	expect(await measuredPoll(trigger)).toEqual({ requests: 4, emitted: 1 });
	// Once a later second holds the newest emitted object, an empty poll is back to 2.
	expect(await measuredPoll(trigger)).toEqual({ requests: 2, emitted: 0 });
});

test('orders: every poll lists the look-back window again, one request per 100 sessions completed in it', async () => {
	const completed = { status: 'complete', payment_status: 'paid', amount_total: 100 };
	const trigger = poller({ event: 'order', orderSource: 'checkoutSessions' });
	env.emu.control.createMany('checkout.session', 1, completed);
	await trigger.poll();
	const empty = await measuredPoll(trigger);
	env.emu.control.clock.advance(1);
	env.emu.control.createMany('checkout.session', 250, completed);
	expect((await measuredPoll(trigger)).emitted).toBe(250);
	env.emu.control.clock.advance(1);
	const afterBacklog = await measuredPoll(trigger);
	expect(afterBacklog.emitted).toBe(0);
	// The window's sessions are listed again: 251 take 3 pages where 1 took 1.
	expect(afterBacklog.requests - empty.requests).toBe(2);
	expect(empty.requests).toBe(3);
});
