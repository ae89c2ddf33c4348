import type { IDataObject } from 'n8n-workflow';

import { simplifyCustomer } from '../../../shared/mappers/customer';

/**
 * What Customer_Response reads that Stripe does not embed: since 2025-09-30.clover the discount's
 * coupon is an id unless expanded (the transport drops the expansion for older versions). Not on
 * create: since basil a customer is created without a discount.
 */
export const CUSTOMER_EXPAND = ['discount.source.coupon'];

export function customerOutput(customer: IDataObject, simplify: boolean): IDataObject {
	return simplify ? simplifyCustomer(customer) : customer;
}
