/**
 * The invoicing request bodies the node builds, asserted against Stripe's own parameter types for
 * the pinned 2026-10-28.endive line (as selling.types.ts does): an invoice item's price is
 * `pricing[price]` since basil, so a body still sending `price` fails to compile.
 */
import type Stripe from 'stripe';

import type { InvoiceCreateBody } from '../../nodes/StripeConnector/actions/invoice/fields';
import type { InvoiceItemCreateBody, InvoiceItemUpdateBody } from '../../nodes/StripeConnector/actions/invoiceItem/fields';

type Assignable<Body extends Params, Params> = Body;
type KnownKeys<Body, Params> = [Exclude<keyof Body, keyof Params>] extends [never] ? true : false;
type True<Check extends true> = Check;

export type InvoicingParameterNames = [
	True<KnownKeys<InvoiceCreateBody, Stripe.InvoiceCreateParams>>,
	True<KnownKeys<InvoiceItemCreateBody, Stripe.InvoiceItemCreateParams>>,
	True<KnownKeys<InvoiceItemUpdateBody, Stripe.InvoiceItemUpdateParams>>,
	True<KnownKeys<{ paid_out_of_band?: boolean }, Stripe.InvoicePayParams>>,
];

export type InvoicingBodies = [
	Assignable<InvoiceCreateBody, Stripe.InvoiceCreateParams>,
	Assignable<InvoiceItemCreateBody, Stripe.InvoiceItemCreateParams>,
	Assignable<InvoiceItemUpdateBody, Stripe.InvoiceItemUpdateParams>,
];
