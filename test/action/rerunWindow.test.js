'use strict';
/**
 * The limit of "a re-run creates nothing twice" (README "Guarantees and limits"): Stripe keeps an
 * Idempotency-Key for 24 hours. The emulator's clock stands in for the day passing.
 */
const { runWorkflow } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { stripeWorkflow } = require('./workflow');

const T0 = 1_760_000_000;
const env = useEmulator({ clock: T0 });

const createCustomer = { resource: 'customer', operation: 'create', additionalFields: { email: '={{$json.email}}' } };
const rerun = (executionId) =>
	runWorkflow({ workflow: stripeWorkflow(createCustomer), credentials: env.credentials, items: [{ email: 'ada@example.com' }], executionId });

test('a re-run with the same input returns the first customer up to 24 hours later, and creates a second one after that', async () => {
	const first = (await rerun('exec-1')).outputOf('Stripe')[0].json.id;
	env.emu.control.clock.advance(24 * 3600 - 1);
	expect((await rerun('exec-2')).outputOf('Stripe')[0].json.id).toBe(first);
	env.emu.control.clock.advance(2);
	const late = (await rerun('exec-3')).outputOf('Stripe')[0].json.id;
	expect(late).not.toBe(first);
	expect(env.emu.control.list('customer').map((customer) => customer.id).sort()).toEqual([first, late].sort());
});
