import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../shared/constants';
import { nodeProperties } from './actions/node.description';
import { router } from './actions/router';
import { listSearch } from './methods';

export class StripeConnector implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stripe Connector',
		name: 'stripeConnector',
		icon: { light: 'file:../shared/stripe.svg', dark: 'file:../shared/stripe.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Sell with Stripe: customers, products, prices, payment links, checkout sessions, coupons, promotion codes, payment intents, charges, refunds and the balance',
		defaults: { name: 'Stripe Connector' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: nodeProperties,
	};

	methods = {
		listSearch: { ...listSearch },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
