'use strict';
/**
 * GET /v1/invoice_payments (basil and later): how Stripe links a payment to the invoice it paid
 * since the charge lost `invoice`. Not in the 2024-04-10 spec, so its query schema is written
 * here from Stripe's InvoicePaymentListParams (stripe@23.1.0).
 */
const { ParamError, querySchema } = require('./validate');
const { missing } = require('./resources');

const RANGE = { anyOf: [{ type: 'object', properties: { gt: { type: 'integer' }, gte: { type: 'integer' }, lt: { type: 'integer' }, lte: { type: 'integer' } } }, { type: 'integer' }] };
const ID = { type: 'string', maxLength: 5000 };
const listSchema = querySchema(
	Object.entries({
		created: RANGE,
		ending_before: ID,
		expand: { type: 'array', items: ID },
		invoice: ID,
		limit: { type: 'integer' },
		payment: { type: 'object', properties: { payment_intent: ID, payment_record: ID, type: { type: 'string', enum: ['payment_intent', 'payment_record'] } }, required: ['type'] },
		starting_after: ID,
		status: { type: 'string', enum: ['canceled', 'open', 'paid'] },
	}).map(([name, schema]) => ({ name, in: 'query', schema })),
);

function list(emu, params) {
	const { invoice, payment, status } = params;
	if (payment && !payment.type) throw new ParamError('parameter_missing', 'payment[type]', 'Missing required param: payment[type].');
	const filter = (p) =>
		(invoice === undefined || p.invoice === invoice) &&
		(status === undefined || p.status === status) &&
		(payment === undefined || (p.payment.type === payment.type && (payment.payment_intent === undefined || p.payment.payment_intent === payment.payment_intent)));
	const page = emu.list('invoice_payment', params, filter);
	return { object: 'list', url: '/v1/invoice_payments', has_more: page.has_more, data: page.data };
}

function retrieve(emu, _params, id) {
	const payment = emu.store.get('invoice_payment', id);
	if (!payment) throw missing('invoice_payment', id);
	return payment;
}

const invoicePaymentRoutes = [
	['GET', /^\/v1\/invoice_payments$/, listSchema, list],
	['GET', /^\/v1\/invoice_payments\/([^/]+)$/, querySchema([{ name: 'expand', in: 'query', schema: { type: 'array', items: ID } }]), retrieve],
];

module.exports = { invoicePaymentRoutes };
