import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_CONCURRENCY } from '../constants';
import { mapConcurrent } from '../helpers/mapConcurrent';
import { idOf } from '../mappers/values';
import type { StripeClient } from '../transport/client';
import type { StripeList } from '../transport/listPages';

/** GET /v1/invoice_payments: the payment a charge belongs to (Stripe's InvoicePaymentListParams). */
export type InvoicePaymentListQuery = {
	payment: { type: 'payment_intent'; payment_intent: string };
	limit: number;
};

/**
 * Fills `invoice` on charges that lack it, for the simplified output (OnNewChargeResponseItem).
 *
 * DESIGN: the charge lost `invoice` in 2025-03-31.basil; the link is now the InvoicePayment
 * resource. Two ways to fill it: (a) list the charges again with `Stripe-Version:
 * 2025-02-24.acacia` (Stripe honours it per request: 0 extra requests per page), or (b) look the
 * charge's PaymentIntent up in /v1/invoice_payments. (a) would hand out acacia objects — the raw
 * output (Simplify off) must be an endive object — and ties the trigger to a retired line, so we
 * take (b): one GET per distinct PaymentIntent among the emitted charges, only with Simplify on,
 * only on endive-shaped charges (an acacia override still carries `invoice`: no lookup). Cost,
 * counted on the emulator (test/versions/chargeInvoice.test.js): a page of 100 new charges paid
 * through 100 PaymentIntents is the walk's list request + 100 lookups, run concurrently and paced
 * on their own endpoint lane (25/s): ~4.7 s per 100 charges at Stripe's limits, against ~0.27 s
 * for the page alone (npm run bench, scenario 5: 2000 such charges in 93.26 s for 2021 requests,
 * 17.5x the time per charge without lookups, 10000 of which take 26.61 s). The walk
 * looks up page by page, so the poll's time budget bounds it. Charges with no PaymentIntent
 * (Charges API, before 2019) cost nothing and show `invoice: null`, as Stripe no longer links
 * them. With Simplify off: nothing. The objects get `invoice` set in place: they are only used
 * for the simplified output.
 */
export async function attachChargeInvoices(client: StripeClient, charges: IDataObject[]): Promise<void> {
	const unlinked = charges.filter((charge) => !('invoice' in charge));
	const paymentIntents = [...new Set(unlinked.map((charge) => idOf(charge.payment_intent)).filter((id): id is string => id !== null))];
	const invoices = new Map<string, string | null>();
	await mapConcurrent(paymentIntents, { limit: () => client.inFlightLimit(DEFAULT_CONCURRENCY) }, async (paymentIntent) => {
		const qs: InvoicePaymentListQuery = { payment: { type: 'payment_intent', payment_intent: paymentIntent }, limit: 1 };
		const page = await client.request<StripeList<IDataObject>>({ method: 'GET', path: '/v1/invoice_payments', qs });
		invoices.set(paymentIntent, idOf(page.data[0]?.invoice));
	});
	for (const charge of unlinked) {
		const paymentIntent = idOf(charge.payment_intent);
		charge.invoice = paymentIntent === null ? null : (invoices.get(paymentIntent) ?? null);
	}
}
