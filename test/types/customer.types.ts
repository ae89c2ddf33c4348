/** Customer requests the action node builds, against Stripe's params for the pinned version. */
import type Stripe from 'stripe';

import type { CustomerListQuery } from '../../nodes/StripeConnector/actions/customer/getAll.operation';
import type { CustomerBody } from '../../nodes/StripeConnector/actions/customer/fields';
import type { Expansion } from '../../nodes/StripeConnector/actions/updateObject';
import type { PageQuery, SearchPageQuery } from '../../nodes/shared/transport/listPages';
import type { Accepts, Expect } from './check';

export type CustomerCreate = Expect<Accepts<Stripe.CustomerCreateParams, CustomerBody>>;
export type CustomerGet = Expect<Accepts<Stripe.CustomerRetrieveParams, Expansion>>;
export type CustomerUpdate = Expect<Accepts<Stripe.CustomerUpdateParams, CustomerBody & Expansion>>;
export type CustomerList = Expect<Accepts<Stripe.CustomerListParams, CustomerListQuery & PageQuery & Expansion>>;
export type CustomerSearch = Expect<Accepts<Stripe.CustomerSearchParams, SearchPageQuery>>;
