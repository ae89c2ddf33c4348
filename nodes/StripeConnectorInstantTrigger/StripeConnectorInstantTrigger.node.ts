import { NodeConnectionTypes } from 'n8n-workflow';
import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../shared/constants';
import {
	EVENT_SUBTITLE,
	eventField,
	eventSimplifyField,
	eventTypesField,
	fetchCurrentObjectOption,
	lateCompletionWindowOption,
	objectSimplifyField,
	orderSourceField,
} from '../shared/trigger/eventFields';
import { receiveDelivery } from './helpers/delivery';
import { createEndpoint, deleteEndpoint, endpointExists } from './helpers/endpoint';

export class StripeConnectorInstantTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stripe Connector Instant Trigger',
		name: 'stripeConnectorInstantTrigger',
		icon: { light: 'file:../shared/stripe.svg', dark: 'file:../shared/stripe.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: EVENT_SUBTITLE,
		description:
			'Starts the workflow within about a second when Stripe has a new customer, order, charge or invoice item, or on any Stripe event (signed webhooks, each once)',
		defaults: {
			name: 'Stripe Connector Instant Trigger',
		},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: CREDENTIAL_TYPE,
				required: true,
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'Stripe must reach this workflow\'s webhook URL (a public https address). Behind a firewall, use the polling Stripe Connector Trigger instead.',
				name: 'reachNotice',
				type: 'notice',
				default: '',
			},
			eventField,
			eventTypesField,
			orderSourceField,
			{
				displayName:
					'The legacy Orders API has no webhook event: this trigger cannot start on legacy orders. Use "Checkout Sessions", or the polling Stripe Connector Trigger.',
				name: 'legacyOrdersNotice',
				type: 'notice',
				default: '',
				displayOptions: {
					show: {
						event: ['order'],
						orderSource: ['legacyOrders'],
					},
				},
			},
			objectSimplifyField,
			eventSimplifyField,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Catch Up on Missed Objects',
						name: 'catchUp',
						type: 'boolean',
						default: true,
						description:
							'Whether objects created while the workflow was inactive arrive, oldest first, with the first delivery after it is activated again. Off: only objects created after activation.',
					},
					fetchCurrentObjectOption,
					lateCompletionWindowOption,
					{
						displayName: 'Max Items per Run',
						name: 'maxItemsPerRun',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
						},
						description:
							'The most items one delivery emits (e.g. after a long time off). What is over the cap arrives with the next deliveries, oldest first, never dropped. 0 means no cap.',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await endpointExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createEndpoint.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteEndpoint.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery.call(this);
	}
}
