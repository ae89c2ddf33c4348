'use strict';
/** The emulator's payments area: Stripe's state changes, the errors users meet, and the events they announce. */
const { emulatorApi } = require('../support/emulatorApi');
const { useEmulator } = require('../support/useEmulator');

const env = useEmulator();

const { call } = emulatorApi(env);

const PAID = 'currency=usd&payment_method=pm_card_visa&confirm=true&automatic_payment_methods[enabled]=true&automatic_payment_methods[allow_redirects]=never';

describe('emulator: payments', () => {
	test('a confirmed intent succeeds with a captured charge; refunds reduce it until it is refunded; each makes a balance transaction', async () => {
		const intent = (await call('POST', '/v1/payment_intents', `amount=2000&${PAID}`)).body;
		expect(intent).toMatchObject({ object: 'payment_intent', status: 'succeeded', amount_received: 2000, capture_method: 'automatic_async' });
		const charge = (await call('GET', `/v1/charges/${intent.latest_charge}`)).body;
		expect(charge).toMatchObject({ amount: 2000, amount_captured: 2000, amount_refunded: 0, captured: true, refunded: false, payment_intent: intent.id });
		const first = await call('POST', '/v1/refunds', `charge=${charge.id}&amount=500&reason=requested_by_customer`);
		expect(first.body).toMatchObject({ object: 'refund', amount: 500, charge: charge.id, payment_intent: intent.id, status: 'succeeded', reason: 'requested_by_customer' });
		expect((await call('GET', `/v1/charges/${charge.id}`)).body).toMatchObject({ amount_refunded: 500, refunded: false });
		const over = await call('POST', '/v1/refunds', `payment_intent=${intent.id}&amount=1600`);
		expect(over.status).toBe(400);
		expect(over.body.error).toMatchObject({ type: 'invalid_request_error', code: 'amount_too_large', param: 'amount', message: 'Refund amount ($16.00) is greater than unrefunded amount on charge ($15.00)' });
		const rest = (await call('POST', '/v1/refunds', `payment_intent=${intent.id}`)).body;
		expect(rest.amount).toBe(1500);
		expect((await call('GET', `/v1/charges/${charge.id}`)).body).toMatchObject({ amount_refunded: 2000, refunded: true });
		const again = await call('POST', '/v1/refunds', `charge=${charge.id}&amount=1`);
		expect(again.body.error).toMatchObject({ code: 'charge_already_refunded', message: `Charge ${charge.id} has already been refunded.` });
		const txns = (await call('GET', '/v1/balance_transactions?limit=10')).body.data;
		expect(txns.map((txn) => [txn.type, txn.amount, txn.source])).toEqual([
			['refund', -1500, rest.id],
			['refund', -500, first.body.id],
			['charge', 2000, charge.id],
		]);
		expect((await call('GET', `/v1/balance_transactions?type=charge&source=${charge.id}`)).body.data).toHaveLength(1);
		const balance = (await call('GET', '/v1/balance')).body;
		expect(balance).toMatchObject({ object: 'balance', available: [{ amount: -2000, currency: 'usd' }], pending: [{ amount: 2000 - 88, currency: 'usd' }] });
	});

	test('a first refund larger than the charge names the charge amount', async () => {
		const intent = (await call('POST', '/v1/payment_intents', `amount=1000&${PAID}`)).body;
		const over = await call('POST', '/v1/refunds', `charge=${intent.latest_charge}&amount=1500`);
		expect(over.body.error.message).toBe('Refund amount ($15.00) is greater than charge amount ($10.00)');
	});

	test('manual capture: requires_capture, a partial capture settles the charge; a canceled intent cannot be captured', async () => {
		const intent = (await call('POST', '/v1/payment_intents', `amount=3000&capture_method=manual&${PAID}`)).body;
		expect(intent).toMatchObject({ status: 'requires_capture', amount_capturable: 3000, amount_received: 0 });
		const too = await call('POST', `/v1/payment_intents/${intent.id}/capture`, 'amount_to_capture=3001');
		expect(too.body.error).toMatchObject({ code: 'amount_too_large', param: 'amount_to_capture' });
		const captured = (await call('POST', `/v1/payment_intents/${intent.id}/capture`, 'amount_to_capture=2500')).body;
		expect(captured).toMatchObject({ status: 'succeeded', amount_received: 2500, amount_capturable: 0 });
		expect((await call('GET', `/v1/charges/${intent.latest_charge}`)).body).toMatchObject({ captured: true, amount_captured: 2500, amount_refunded: 500 });
		const twice = await call('POST', `/v1/payment_intents/${intent.id}/capture`, '');
		expect(twice.body.error).toMatchObject({ code: 'payment_intent_unexpected_state' });

		const held = (await call('POST', '/v1/payment_intents', `amount=3000&capture_method=manual&${PAID}`)).body;
		const canceled = (await call('POST', `/v1/payment_intents/${held.id}/cancel`, 'cancellation_reason=abandoned')).body;
		expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
		expect((await call('GET', `/v1/charges/${held.latest_charge}`)).body).toMatchObject({ refunded: true, amount_refunded: 3000 });
		const capture = await call('POST', `/v1/payment_intents/${held.id}/capture`, '');
		expect(capture.status).toBe(400);
		expect(capture.body.error).toMatchObject({
			type: 'invalid_request_error',
			code: 'payment_intent_unexpected_state',
			message: 'This PaymentIntent could not be captured because it has a status of canceled. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.',
		});
		expect((await call('POST', `/v1/payment_intents/${captured.id}/cancel`, '')).body.error.message).toMatch(/^You cannot cancel this PaymentIntent because it has a status of succeeded/);
	});

	test.each([
		['payment_method_types (removed in endive)', 'amount=1000&currency=usd&payment_method_types[0]=card', { code: 'parameter_unknown', param: 'payment_method_types' }],
		['confirm without a payment method', 'amount=1000&currency=usd&confirm=true', { param: 'payment_method' }],
		['confirm with redirects allowed and no return URL', 'amount=1000&currency=usd&confirm=true&payment_method=pm_card_visa', { param: 'return_url' }],
	])('a payment intent with %s is refused as Stripe refuses it', async (_name, body, error) => {
		const answer = await call('POST', '/v1/payment_intents', body);
		expect(answer.status).toBe(400);
		expect(answer.body.error).toMatchObject({ type: 'invalid_request_error', ...error });
	});

	test('charges: search by customer and status, update; refunds: update metadata, cancel only when pending', async () => {
		const customer = (await call('POST', '/v1/customers', 'email=ada@example.com')).body;
		const intent = (await call('POST', '/v1/payment_intents', `amount=1200&customer=${customer.id}&${PAID}`)).body;
		await call('POST', '/v1/payment_intents', `amount=900&${PAID}`);
		const found = (await call('GET', `/v1/charges/search?query=${encodeURIComponent(`customer:'${customer.id}' AND status:'succeeded'`)}`)).body;
		expect(found.data.map((charge) => charge.id)).toEqual([intent.latest_charge]);
		const byIntent = (await call('GET', `/v1/charges?payment_intent=${intent.id}`)).body.data;
		expect(byIntent.map((charge) => charge.id)).toEqual([intent.latest_charge]);
		const updated = (await call('POST', `/v1/charges/${intent.latest_charge}`, 'description=Order 42&receipt_email=ada@example.com&metadata[order]=42')).body;
		expect(updated).toMatchObject({ description: 'Order 42', receipt_email: 'ada@example.com', metadata: { order: '42' } });
		expect((await call('GET', `/v1/payment_intents/search?query=${encodeURIComponent(`customer:'${customer.id}'`)}`)).body.data.map((pi) => pi.id)).toEqual([intent.id]);

		const refund = (await call('POST', '/v1/refunds', `charge=${intent.latest_charge}&amount=200&metadata[ticket]=T1`)).body;
		expect((await call('POST', `/v1/refunds/${refund.id}`, 'metadata[ticket]=T2')).body.metadata).toEqual({ ticket: 'T2' });
		const refused = await call('POST', `/v1/refunds/${refund.id}/cancel`, '');
		expect(refused.body.error).toMatchObject({ code: 'refund_not_cancelable' });
		env.emu.control.updateObject('refund', refund.id, { status: 'requires_action' });
		expect((await call('POST', `/v1/refunds/${refund.id}/cancel`, '')).body.status).toBe('canceled');
		expect((await call('GET', `/v1/charges/${intent.latest_charge}`)).body.amount_refunded).toBe(0);
	});

	test('every state change announces its event, in order', async () => {
		env.emu.control.webhooks.configure({ down: true });
		await call('POST', '/v1/webhook_endpoints', 'url=https://hooks.example.com/stripe&enabled_events[0]=*');
		const intent = (await call('POST', '/v1/payment_intents', `amount=3000&capture_method=manual&${PAID}`)).body;
		await call('POST', `/v1/payment_intents/${intent.id}/capture`, '');
		const refund = (await call('POST', '/v1/refunds', `payment_intent=${intent.id}&amount=100`)).body;
		await call('POST', `/v1/refunds/${refund.id}`, 'metadata[a]=b');
		await call('POST', `/v1/charges/${intent.latest_charge}`, 'description=x');
		const other = (await call('POST', '/v1/payment_intents', 'amount=500&currency=usd')).body;
		await call('POST', `/v1/payment_intents/${other.id}/cancel`, '');
		env.emu.control.webhooks.discardHeld();
		expect(env.emu.control.webhooks.deliveries().map((delivery) => delivery.type)).toEqual([
			'payment_intent.created',
			'charge.succeeded',
			'payment_intent.amount_capturable_updated',
			'charge.captured',
			'payment_intent.succeeded',
			'refund.created',
			'charge.refunded',
			'balance.available',
			'refund.updated',
			'charge.updated',
			'payment_intent.created',
			'payment_intent.canceled',
		]);
	});
});
