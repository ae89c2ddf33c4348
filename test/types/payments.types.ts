/**
 * The payments request bodies the node builds, asserted against Stripe's own parameter types for
 * the pinned 2026-10-28.endive line (stripe@23.1.0). A body that drifts from Stripe's contract (a
 * parameter endive removed, such as PaymentIntent create's `payment_method_types`, or a wrong enum)
 * fails to compile.
 */
import type Stripe from 'stripe';

import type { ChargeUpdateBody } from '../../nodes/StripeConnector/actions/charge/update.operation';
import type { PaymentIntentCancelBody } from '../../nodes/StripeConnector/actions/paymentIntent/cancel.operation';
import type { PaymentIntentCaptureBody } from '../../nodes/StripeConnector/actions/paymentIntent/capture.operation';
import type { PaymentIntentCreateBody } from '../../nodes/StripeConnector/actions/paymentIntent/create.operation';
import type { RefundCreateBody } from '../../nodes/StripeConnector/actions/refund/create.operation';

/** Compiles only when `Body` is assignable to `Params`. */
type Assignable<Body extends Params, Params> = Body;
/** True when `Body` sends no top-level parameter `Params` lacks (e.g. one a newer API version removed). */
type KnownKeys<Body, Params> = [Exclude<keyof Body, keyof Params>] extends [never] ? true : false;
type True<Check extends true> = Check;

export type PaymentsParameterNames = [
	True<KnownKeys<PaymentIntentCreateBody, Stripe.PaymentIntentCreateParams>>,
	True<KnownKeys<PaymentIntentCaptureBody, Stripe.PaymentIntentCaptureParams>>,
	True<KnownKeys<PaymentIntentCancelBody, Stripe.PaymentIntentCancelParams>>,
	True<KnownKeys<ChargeUpdateBody, Stripe.ChargeUpdateParams>>,
	True<KnownKeys<RefundCreateBody, Stripe.RefundCreateParams>>,
];

export type PaymentsBodies = [
	Assignable<PaymentIntentCreateBody, Stripe.PaymentIntentCreateParams>,
	Assignable<PaymentIntentCaptureBody, Stripe.PaymentIntentCaptureParams>,
	Assignable<PaymentIntentCancelBody, Stripe.PaymentIntentCancelParams>,
	Assignable<ChargeUpdateBody, Stripe.ChargeUpdateParams>,
	Assignable<RefundCreateBody, Stripe.RefundCreateParams>,
	Assignable<{ metadata?: Record<string, string> }, Stripe.RefundUpdateParams>,
];
