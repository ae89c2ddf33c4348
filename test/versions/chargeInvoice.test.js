'use strict';
/**
 * What the charge's `invoice` costs at the pin (endive: the InvoicePayment lookup), counted by
 * the emulator per request: one GET /v1/invoice_payments per distinct PaymentIntent among the
 * emitted charges, none with Simplify off, none for charges without a PaymentIntent.
 */
const { createPoller } = require('../harness');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator({ clock: 1_760_000_000 });

async function pollNewCharges(simplify, specs) {
	const trigger = createPoller({
		node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event: 'charge', simplify, options: {} } },
		credentials: env.credentials,
	});
	env.emu.control.createObjects('charge', [{ amount: 1, description: 'before activation' }]);
	await trigger.poll();
	env.emu.control.clock.advance(1);
	env.emu.control.createObjects('charge', specs);
	const before = env.emu.control.stats().byRoute;
	const out = await trigger.poll();
	const after = env.emu.control.stats().byRoute;
	const requests = (route) => (after[route] ?? 0) - (before[route] ?? 0);
	return { out, lists: requests('GET /v1/charges'), lookups: requests('GET /v1/invoice_payments') };
}

const paid = (count) => Array.from({ length: count }, (_, i) => ({ amount: 100 + i, invoice: `in_${i}` }));

test('a page of 100 charges paid through 100 PaymentIntents: the walk\'s 2 list requests + 100 lookups, every invoice filled', async () => {
	const { out, lists, lookups } = await pollNewCharges(true, paid(100));
	expect(out).toHaveLength(100);
	expect(out.map((charge) => charge.invoice)).toEqual(out.map((charge) => `in_${charge.amount - 100}`));
	expect({ lists, lookups }).toEqual({ lists: 2, lookups: 100 });
});

test('one lookup per PaymentIntent (a declined attempt and its retry share one); none without a PaymentIntent', async () => {
	const [first] = env.emu.control.createObjects('charge', [{ invoice: 'in_retry', status: 'failed' }]);
	const { out, lookups } = await pollNewCharges(true, [
		{ payment_intent: first.payment_intent, status: 'succeeded' },
		{ payment_intent: null, description: 'Charges API, no PaymentIntent' },
	]);
	expect(out.map((charge) => charge.invoice)).toEqual(['in_retry', null]);
	expect(lookups).toBe(1);
});

test('Simplify off: no lookup at all', async () => {
	const { out, lookups } = await pollNewCharges(false, paid(100));
	expect(out).toHaveLength(100);
	expect(lookups).toBe(0);
});
