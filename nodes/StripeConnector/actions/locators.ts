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
