/**
 * The selling request bodies the node builds, asserted against Stripe's own parameter types for
 * the pinned 2026-10-28.endive line (stripe@23.1.0, a devDependency for types only). A body that
 * drifts from Stripe's contract (a renamed or removed parameter, a wrong enum) fails to compile.
 *
 * `unit_amount_decimal` is a decimal string on the wire; stripe-node types it as its Decimal
 * class since dahlia, so it is left out of the comparison.
 */
import type Stripe from 'stripe';

import type { CheckoutSessionCreateBody } from '../../nodes/StripeConnector/actions/checkoutSession/create.operation';
import type { CouponCreateBody } from '../../nodes/StripeConnector/actions/coupon/create.operation';
import type { CouponUpdateBody } from '../../nodes/StripeConnector/actions/coupon/update.operation';
import type { PaymentLinkCreateBody } from '../../nodes/StripeConnector/actions/paymentLink/create.operation';
import type { PaymentLinkUpdateBody } from '../../nodes/StripeConnector/actions/paymentLink/update.operation';
import type { PriceAmountBody, PriceCreateBody, PriceUpdateBody } from '../../nodes/StripeConnector/actions/price/fields';
import type { PromotionCodeCreateBody } from '../../nodes/StripeConnector/actions/promotionCode/create.operation';
import type { PromotionCodeUpdateBody } from '../../nodes/StripeConnector/actions/promotionCode/update.operation';

/** Compiles only when `Body` is assignable to `Params`. */
type Assignable<Body extends Params, Params> = Body;
/** True when `Body` sends no top-level parameter `Params` lacks (e.g. one a newer API version removed). */
type KnownKeys<Body, Params> = [Exclude<keyof Body, keyof Params>] extends [never] ? true : false;
type True<Check extends true> = Check;
type WireDecimal<Body> = Omit<Body, 'unit_amount_decimal'>;

export type SellingParameterNames = [
	True<KnownKeys<WireDecimal<PriceCreateBody>, Stripe.PriceCreateParams>>,
	True<KnownKeys<PriceUpdateBody, Stripe.PriceUpdateParams>>,
	True<KnownKeys<PaymentLinkCreateBody, Stripe.PaymentLinkCreateParams>>,
	True<KnownKeys<PaymentLinkUpdateBody, Stripe.PaymentLinkUpdateParams>>,
	True<KnownKeys<CheckoutSessionCreateBody, Stripe.Checkout.SessionCreateParams>>,
	True<KnownKeys<CouponCreateBody, Stripe.CouponCreateParams>>,
	True<KnownKeys<CouponUpdateBody, Stripe.CouponUpdateParams>>,
	True<KnownKeys<PromotionCodeCreateBody, Stripe.PromotionCodeCreateParams>>,
	True<KnownKeys<PromotionCodeUpdateBody, Stripe.PromotionCodeUpdateParams>>,
];

export type SellingBodies = [
	Assignable<WireDecimal<PriceCreateBody>, Stripe.PriceCreateParams>,
	Assignable<PriceUpdateBody, Stripe.PriceUpdateParams>,
	Assignable<{ name: string; default_price_data?: WireDecimal<PriceAmountBody> }, Stripe.ProductCreateParams>,
	Assignable<PaymentLinkCreateBody, Stripe.PaymentLinkCreateParams>,
	Assignable<PaymentLinkUpdateBody, Stripe.PaymentLinkUpdateParams>,
	Assignable<CheckoutSessionCreateBody, Stripe.Checkout.SessionCreateParams>,
	Assignable<CouponCreateBody, Stripe.CouponCreateParams>,
	Assignable<CouponUpdateBody, Stripe.CouponUpdateParams>,
	Assignable<PromotionCodeCreateBody, Stripe.PromotionCodeCreateParams>,
	Assignable<PromotionCodeUpdateBody, Stripe.PromotionCodeUpdateParams>,
];
