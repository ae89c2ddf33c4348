import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../shared/constants';
import { simplifyField } from '../shared/simplifyField';
import { optionsField } from './actions/common.description';
import * as customer from './actions/customer';
import * as product from './actions/product';
import { router } from './actions/router';
import { searchCustomers, searchProducts } from './methods/listSearch';

export class StripeConnector implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stripe Connector',
		name: 'stripeConnector',
		icon: { light: 'file:../shared/stripe.svg', dark: 'file:../shared/stripe.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, get, list, search, update and delete Stripe customers and products',
		defaults: { name: 'Stripe Connector' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Customer', value: 'customer' },
					{ name: 'Product', value: 'product' },
				],
				default: 'customer',
			},
			...customer.description,
			...product.description,
			simplifyField,
			optionsField,
		],
	};

	methods = {
		listSearch: { searchCustomers, searchProducts },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
