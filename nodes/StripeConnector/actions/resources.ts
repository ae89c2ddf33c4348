import * as balance from './balance';
import * as balanceTransaction from './balanceTransaction';
import * as charge from './charge';
import * as checkoutSession from './checkoutSession';
import * as coupon from './coupon';
import * as customer from './customer';
import * as customerPortalSession from './customerPortalSession';
import * as invoice from './invoice';
import * as invoiceItem from './invoiceItem';
import * as meterEvent from './meterEvent';
import * as paymentIntent from './paymentIntent';
import * as paymentLink from './paymentLink';
import * as price from './price';
import * as product from './product';
import * as promotionCode from './promotionCode';
import * as refund from './refund';
import * as subscription from './subscription';
import { defineResource, type Resource } from './resource';

/** Every resource of the node, one line each: the node description and the router are built from this. */
export const resources: Record<string, Resource> = Object.fromEntries(
	[
		defineResource('balance', 'Balance', balance),
		defineResource('balanceTransaction', 'Balance Transaction', balanceTransaction),
		defineResource('charge', 'Charge', charge),
		defineResource('checkoutSession', 'Checkout Session', checkoutSession),
		defineResource('coupon', 'Coupon', coupon),
		defineResource('customer', 'Customer', customer),
		defineResource('customerPortalSession', 'Customer Portal Session', customerPortalSession),
		defineResource('invoice', 'Invoice', invoice),
		defineResource('invoiceItem', 'Invoice Item', invoiceItem),
		defineResource('meterEvent', 'Meter Event', meterEvent),
		defineResource('paymentIntent', 'Payment Intent', paymentIntent),
		defineResource('paymentLink', 'Payment Link', paymentLink),
		defineResource('price', 'Price', price),
		defineResource('product', 'Product', product),
		defineResource('promotionCode', 'Promotion Code', promotionCode),
		defineResource('refund', 'Refund', refund),
		defineResource('subscription', 'Subscription', subscription),
	].map((resource) => [resource.value, resource]),
);
