'use strict';
/**
 * The README's restricted-key row "New Charge trigger": Charges: Read, and with Simplify on read
 * access to invoice payments for the charge's `invoice` (GET /v1/invoice_payments, for a charge paid
 * through a PaymentIntent; "Invoice Payments: Read" in the emulator's naming — Invoices: Read is not
 * it). One permission less is refused, so the check can fail.
 */
const { createPoller } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { paidIntent } = require('../action/payments');

const env = useEmulator({ clock: 1_800_000_000 });
const keyWith = (name, permissions) => {
	env.emu.control.restrictedKeys.define(name, permissions);
	return name;
};
const newCharge = (apiKey, simplify) =>
	createPoller({
		node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event: 'charge', simplify, options: {} } },
		credentials: { stripeConnectorApi: { apiKey, baseUrl: env.emu.url } },
	});

describe('row "New Charge trigger": Charges: Read, Invoice Payments: Read (with Simplify on)', () => {
	test('Simplify on: a charge paid through a PaymentIntent gets its invoice looked up with Charges: Read and Invoice Payments: Read', async () => {
		const trigger = newCharge(keyWith('rk_test_charges_invoice_payments_read', ['Charges: Read', 'Invoice Payments: Read']), true);
		await trigger.poll();
		env.emu.control.clock.advance(1);
		const intent = await paidIntent(env);
		const [charge] = await trigger.poll();
		expect(charge).toMatchObject({ id: intent.latest_charge, invoice: null });
	});

	test('Simplify off needs Charges: Read only; Simplify on with Invoices: Read instead is refused', async () => {
		const raw = newCharge('rk_test_charges_read', false);
		const simplified = newCharge(keyWith('rk_test_charges_invoices_read', ['Charges: Read', 'Invoices: Read']), true);
		await raw.poll();
		await simplified.poll();
		env.emu.control.clock.advance(1);
		const intent = await paidIntent(env);
		expect((await raw.poll()).map((charge) => charge.id)).toEqual([intent.latest_charge]);
		const refused = await simplified.poll().then(() => undefined, (error) => error);
		expect(refused.message).toBe("The restricted Stripe key may not read each charge's invoice (GET /v1/invoice_payments)");
		expect(refused.description).toMatch(/^With Simplify on, the output includes each charge's invoice .* which needs read access to invoice payments .*Grant them, or turn Simplify off .*Having the 'rak_invoice_payment_read' permission would allow this request to continue/);
	});
});
