import type { IDataObject } from 'n8n-workflow';

import { idOf, isoDate, numberOrNull, objectOf, stringOrNull } from './values';

/** The statuses OnNewOrderResponseItem documents. */
export type OrderStatus = 'created' | 'paid' | 'canceled' | 'fulfilled' | 'returned';

/** OnNewOrderResponseItem from a legacy order (`/v1/orders`, the 2019 schema the spec was built on). */
export function simplifyLegacyOrder(order: IDataObject): IDataObject {
	return {
		id: order.id,
		amount: numberOrNull(order.amount),
		amount_returned: numberOrNull(order.amount_returned),
		charge: idOf(order.charge),
		created: isoDate(order.created),
		currency: stringOrNull(order.currency),
		customer: idOf(order.customer),
		email: stringOrNull(order.email),
		selected_shipping_method: stringOrNull(order.selected_shipping_method),
		status: stringOrNull(order.status),
		updated: isoDate(order.updated),
	};
}

/**
 * OnNewOrderResponseItem from a Checkout Session, today's order. A session has no `updated`: its
 * creation time stands in. `charge` is the payment intent's latest charge when the payment intent
 * was expanded, else null; `amount_returned` is that charge's refunded amount when it was expanded
 * too, else null (as a legacy order without returns).
 */
export function orderFromCheckoutSession(session: IDataObject): IDataObject {
	const paymentIntent = objectOf(session.payment_intent);
	const charge = objectOf(paymentIntent?.latest_charge);
	const details = objectOf(session.customer_details);
	return {
		id: session.id,
		amount: numberOrNull(session.amount_total),
		amount_returned: charge ? numberOrNull(charge.amount_refunded) : null,
		charge: idOf(paymentIntent?.latest_charge),
		created: isoDate(session.created),
		currency: stringOrNull(session.currency),
		customer: idOf(session.customer),
		email: stringOrNull(details?.email) ?? stringOrNull(session.customer_email),
		selected_shipping_method: idOf(objectOf(session.shipping_cost)?.shipping_rate),
		status: checkoutSessionOrderStatus(session, charge),
		updated: isoDate(session.created),
	};
}

/**
 * complete + paid → paid; complete + unpaid / no_payment_required → created; expired → canceled;
 * a fully refunded charge (when expanded) → returned.
 */
export function checkoutSessionOrderStatus(session: IDataObject, charge?: IDataObject): OrderStatus {
	if (session.status === 'expired') return 'canceled';
	if (charge?.refunded === true) return 'returned';
	return session.payment_status === 'paid' ? 'paid' : 'created';
}
