/** The triggers' list requests, the charge → invoice lookup and the webhook endpoint they register. */
import type Stripe from 'stripe';

import type { PINNED_STRIPE_VERSION } from '../../nodes/shared/constants';
import type { InvoicePaymentListQuery } from '../../nodes/shared/trigger/chargeInvoices';
import type { SourceFilter, WalkQuery } from '../../nodes/shared/trigger/sources';
import type { PageQuery } from '../../nodes/shared/transport/listPages';
import type { EventsUpdate, WebhookEndpointBody } from '../../nodes/StripeConnectorInstantTrigger/helpers/endpoint';
import type { Accepts, Expect } from './check';

type Walk = WalkQuery & PageQuery;

export type NewCustomer = Expect<Accepts<Stripe.CustomerListParams, Walk>>;
export type NewCharge = Expect<Accepts<Stripe.ChargeListParams, Walk>>;
export type NewInvoiceItem = Expect<Accepts<Stripe.InvoiceItemListParams, Walk>>;
export type NewOrder = Expect<Accepts<Stripe.Checkout.SessionListParams, Walk & Pick<SourceFilter, 'status'>>>;
export type AnyEvent = Expect<Accepts<Stripe.EventListParams, Walk & Pick<SourceFilter, 'types'>>>;
export type ChargeInvoice = Expect<Accepts<Stripe.InvoicePaymentListParams, InvoicePaymentListQuery>>;

// The credential may override api_version with any string; what we send by default is the pin.
type PinnedEndpoint = Omit<WebhookEndpointBody, 'api_version'> & { api_version: typeof PINNED_STRIPE_VERSION };
export type WebhookEndpointCreate = Expect<Accepts<Stripe.WebhookEndpointCreateParams, PinnedEndpoint>>;
export type WebhookEndpointEventsUpdate = Expect<Accepts<Stripe.WebhookEndpointUpdateParams, EventsUpdate>>;
