import type { INodeProperties } from 'n8n-workflow';

interface LocatorSpec {
	displayName: string;
	name: string;
	/** The listSearch method (methods/listSearch.ts) behind "From List". */
	searchListMethod: string;
	placeholder: string;
}

/** A Stripe object picked From List (searchable) or By ID. The operation file limits where it shows. */
function idLocator({ displayName, name, searchListMethod, placeholder }: LocatorSpec): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[A-Za-z0-9_-]+$', errorMessage: 'A Stripe ID has only letters, digits, _ and -' },
					},
				],
			},
		],
	};
}

export const customerLocator = idLocator({
	displayName: 'Customer',
	name: 'customerId',
	searchListMethod: 'searchCustomers',
	placeholder: 'e.g. cus_NffrFeUfNV2Hib',
});

export const productLocator = idLocator({
	displayName: 'Product',
	name: 'productId',
	searchListMethod: 'searchProducts',
	placeholder: 'e.g. prod_NWjs8kKbJWmuuc',
});

export const priceLocator = idLocator({
	displayName: 'Price',
	name: 'priceId',
	searchListMethod: 'searchPrices',
	placeholder: 'e.g. price_1MoBy5LkdIwHu7ixZhnattbh',
});

export const couponLocator = idLocator({
	displayName: 'Coupon',
	name: 'couponId',
	searchListMethod: 'searchCoupons',
	placeholder: 'e.g. Z4OV52SU',
});

export const paymentIntentLocator = idLocator({
	displayName: 'Payment Intent',
	name: 'paymentIntentId',
	searchListMethod: 'searchPaymentIntents',
	placeholder: 'e.g. pi_3MtwBwLkdIwHu7ix28a3tqPa',
});

export const chargeLocator = idLocator({
	displayName: 'Charge',
	name: 'chargeId',
	searchListMethod: 'searchCharges',
	placeholder: 'e.g. ch_3MmlLrLkdIwHu7ix0snN0B15',
});

/** A Stripe ID typed or mapped in, for objects users reach from an earlier node rather than pick. */
export function idField(displayName: string, name: string, placeholder: string): INodeProperties {
	return { displayName, name, type: 'string', required: true, default: '', placeholder, description: `The ${displayName} (${placeholder.replace('e.g. ', '')})` };
}

export const invoiceLocator = idLocator({
	displayName: 'Invoice',
	name: 'invoiceId',
	searchListMethod: 'searchInvoices',
	placeholder: 'e.g. in_1MtHbELkdIwHu7ixl4OzzPMv',
});

export const invoiceItemLocator = idLocator({
	displayName: 'Invoice Item',
	name: 'invoiceItemId',
	searchListMethod: 'searchInvoiceItems',
	placeholder: 'e.g. ii_1MtGUtLkdIwHu7ixBYwjAM00',
});
