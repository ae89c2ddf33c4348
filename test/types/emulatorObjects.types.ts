/**
 * The emulator's objects, as it answers at the pinned version. test/types/types.test.js fetches one
 * of each from a running emulator (emulatorObjects.js) and compiles them as one object literal of
 * this type: a missing field, a field of the wrong type or a field this version does not have
 * (an object literal allows no extra properties) fails the type test.
 */
import type Stripe from 'stripe';

import type { Wire } from './check';

export interface EmulatorObjects {
	customer: Wire<Stripe.Customer>;
	product: Wire<Stripe.Product>;
	charge: Wire<Stripe.Charge>;
	invoiceItem: Wire<Stripe.InvoiceItem>;
	/** Made through POST /v1/invoiceitems (pricing[price]) on a draft invoice. */
	invoiceItemOnInvoice: Wire<Stripe.InvoiceItem>;
	/** Finalized, with a price line and an amount line. */
	invoice: Wire<Stripe.Invoice>;
	checkoutSession: Wire<Stripe.Checkout.Session>;
	invoicePayment: Wire<Stripe.InvoicePayment>;
	webhookEndpoint: Wire<Stripe.WebhookEndpoint>;
	event: Wire<Stripe.Event>;
	paymentIntent: Wire<Stripe.PaymentIntent>;
	paidCharge: Wire<Stripe.Charge>;
	refund: Wire<Stripe.Refund>;
	balance: Wire<Stripe.Balance>;
	balanceTransaction: Wire<Stripe.BalanceTransaction>;
}
