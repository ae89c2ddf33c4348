'use strict';
const { simplifyCharge } = require('../../nodes/shared/mappers/charge.ts');
const { simplifyInvoiceItem } = require('../../nodes/shared/mappers/invoiceItem.ts');
const { orderFromCheckoutSession, simplifyLegacyOrder } = require('../../nodes/shared/mappers/order.ts');

// Trimmed from Stripe's example objects (acacia fixtures; the 2019 fixtures for the legacy order).
const acacia = {
	charge: {
		id: 'ch_1PgafuB7WZ01zgkWXYmPNZs8', object: 'charge', amount: 100, amount_captured: 0, amount_refunded: 0, captured: false,
		created: 1234567890, currency: 'usd', customer: null, description: 'My First Test Charge (created for API docs)',
		failure_code: null, failure_message: null, invoice: null, outcome: null, paid: true, receipt_email: null,
		receipt_number: null, refunded: false, statement_descriptor: null, status: 'succeeded',
	},
	invoiceitem: {
		id: 'ii_1Pgc6sB7WZ01zgkWrG16hkdl', object: 'invoiceitem', amount: 1000, currency: 'usd', customer: 'cus_QXg1o8vcGmoR32',
		date: 1234567890, description: 'My First Invoice Item (created for API docs)', discountable: true, invoice: null,
		price: { id: 'price_1PgafmB7WZ01zgkW02Hf9z6c', object: 'price' }, proration: false, quantity: 1, subscription: null, plan: null,
	},
	'checkout.session': {
		id: 'cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY', object: 'checkout.session', amount_total: null,
		created: 1234567890, currency: null, customer: null, customer_details: { email: 'example@example.com' }, customer_email: null,
		payment_intent: 'pi_1PgafyB7WZ01zgkWSjxsAJo3', payment_status: 'unpaid', shipping_cost: null, status: 'open',
	},
};
const legacyOrder = {
	id: 'or_1E5HslFuu0Y3753GJMxM6T01', object: 'order', amount: 1500, amount_returned: null, charge: null, created: 1234567890,
	currency: 'usd', customer: null, email: null, items: [], selected_shipping_method: null, status: 'created', updated: 1234567890,
};
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('trigger mappers (OnNew*ResponseItem)', () => {
	test('charge: documented fields and types', () => {
		const charge = {
			...acacia.charge,
			customer: { id: 'cus_1', object: 'customer' },
			invoice: 'in_1',
			outcome: { network_status: 'approved_by_network', reason: null, risk_level: 'normal', seller_message: 'ok', type: 'authorized', risk_score: 12 },
		};
		const item = simplifyCharge(charge);
		expect(Object.keys(item).sort()).toEqual(
			['id', 'amount', 'amount_refunded', 'captured', 'created', 'currency', 'customer', 'description', 'failure_code', 'failure_message', 'invoice', 'order', 'outcome', 'paid', 'receipt_email', 'receipt_number', 'refunded', 'statement_descriptor', 'status'].sort(),
		);
		expect(item.created).toMatch(ISO);
		expect(item.customer).toBe('cus_1');
		expect(item.invoice).toBe('in_1');
		expect(item.order).toBeNull();
		expect(item.outcome).toEqual({ network_status: 'approved_by_network', reason: null, risk_level: 'normal', seller_message: 'ok', type: 'authorized' });
		expect(typeof item.amount).toBe('number');
		expect(typeof item.paid).toBe('boolean');
	});

	test('invoice item: acacia plan/subscription, and basil pricing/parent', () => {
		const fromAcacia = simplifyInvoiceItem({ ...acacia.invoiceitem, plan: { id: 'plan_1' }, subscription: 'sub_1' });
		expect(fromAcacia).toMatchObject({ plan: 'plan_1', subscription: 'sub_1', quantity: '1', date: expect.stringMatching(ISO) });
		const basil = simplifyInvoiceItem({
			id: 'ii_2', object: 'invoiceitem', amount: 500, currency: 'usd', customer: 'cus_2', date: 1700000000,
			description: null, discountable: false, invoice: null, proration: true, quantity: 2,
			pricing: { type: 'price_details', price_details: { price: 'price_9', product: 'prod_9' } },
			parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_9', subscription_item: 'si_9' } },
		});
		expect(basil).toEqual({
			id: 'ii_2', amount: 500, currency: 'usd', customer: 'cus_2', date: '2023-11-14T22:13:20.000Z', description: null,
			discountable: false, invoice: null, plan: 'price_9', proration: true, quantity: '2', subscription: 'sub_9',
		});
		const oneOff = simplifyInvoiceItem({ ...acacia.invoiceitem });
		expect(oneOff.plan).toBeNull();
		expect(oneOff.subscription).toBeNull();
	});

	test('order from a completed Checkout Session', () => {
		const session = {
			...acacia['checkout.session'],
			status: 'complete', payment_status: 'paid', amount_total: 2500, currency: 'eur', customer: 'cus_3',
			shipping_cost: { shipping_rate: 'shr_1', amount_total: 500 },
			payment_intent: { id: 'pi_1', object: 'payment_intent', latest_charge: { id: 'ch_9', amount_refunded: 0, refunded: false } },
		};
		expect(orderFromCheckoutSession(session)).toEqual({
			id: session.id, amount: 2500, amount_returned: 0, charge: 'ch_9', created: '2009-02-13T23:31:30.000Z', currency: 'eur',
			customer: 'cus_3', email: 'example@example.com', selected_shipping_method: 'shr_1', status: 'paid',
			updated: '2009-02-13T23:31:30.000Z',
		});
		const unexpanded = orderFromCheckoutSession({ ...session, payment_intent: 'pi_1', payment_status: 'unpaid' });
		expect(unexpanded).toMatchObject({ charge: null, amount_returned: null, status: 'created' });
		expect(orderFromCheckoutSession({ ...session, payment_status: 'no_payment_required' }).status).toBe('created');
		// A fully refunded charge (readable with Simplify on, which expands it) makes the order `returned`.
		const refunded = { ...session, payment_intent: { ...session.payment_intent, latest_charge: { id: 'ch_9', amount_refunded: 2500, refunded: true } } };
		expect(orderFromCheckoutSession(refunded)).toMatchObject({ status: 'returned', amount_returned: 2500 });
	});

	test('legacy order (2019 schema)', () => {
		const item = simplifyLegacyOrder(legacyOrder);
		expect(item).toEqual({
			id: 'or_1E5HslFuu0Y3753GJMxM6T01', amount: 1500, amount_returned: null, charge: null, created: '2009-02-13T23:31:30.000Z',
			currency: 'usd', customer: null, email: null, selected_shipping_method: null, status: 'created', updated: '2009-02-13T23:31:30.000Z',
		});
	});
});
