/** Product requests the action node builds, against Stripe's params for the pinned version. */
import type Stripe from 'stripe';

import type { ProductListQuery } from '../../nodes/StripeConnector/actions/product/getAll.operation';
import type { ProductBody, ProductCreateBody } from '../../nodes/StripeConnector/actions/product/fields';
import type { PageQuery, SearchPageQuery } from '../../nodes/shared/transport/listPages';
import type { Accepts, Expect, Wire } from './check';

// Decimal amounts travel as strings on the wire (the SDK's Stripe.Decimal).
export type ProductCreate = Expect<Accepts<Wire<Stripe.ProductCreateParams>, ProductCreateBody>>;
// Update sends no `id` (the create-only field), as productBody gives it only when the user adds it on create.
export type ProductUpdate = Expect<Accepts<Stripe.ProductUpdateParams, Omit<ProductBody, 'id'>>>;
export type ProductList = Expect<Accepts<Stripe.ProductListParams, ProductListQuery & PageQuery>>;
export type ProductSearch = Expect<Accepts<Stripe.ProductSearchParams, SearchPageQuery>>;
