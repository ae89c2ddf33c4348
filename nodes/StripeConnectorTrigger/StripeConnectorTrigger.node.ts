import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../shared/constants';
import { simplifyField } from '../shared/simplifyField';
import { pollStripe } from './helpers/poll';

export class StripeConnectorTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stripe Connector Trigger',
		name: 'stripeConnectorTrigger',
		icon: { light: 'file:../shared/stripe.svg', dark: 'file:../shared/stripe.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ {"customer": "New Customer", "order": "New Order", "charge": "New Charge", "invoiceItem": "New Invoice Item"}[$parameter["event"]] }}',
		description: 'Starts the workflow when Stripe has a new customer, order, charge or invoice item',
		defaults: {
			name: 'Stripe Connector Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: CREDENTIAL_TYPE,
				required: true,
			},
		],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				required: true,
				default: 'customer',
				description: 'Which new Stripe objects start the workflow, one item per object, oldest first',
				options: [
					{
						name: 'New Charge',
						value: 'charge',
						description: 'A charge was created (a payment attempt, successful or not)',
					},
					{
						name: 'New Customer',
						value: 'customer',
						description: 'A customer was created',
					},
					{
						name: 'New Invoice Item',
						value: 'invoiceItem',
						description: 'An invoice item was created',
					},
					{
						name: 'New Order',
						value: 'order',
						description: 'An order was placed: a completed Checkout Session, or a legacy order',
					},
				],
			},
			{
				displayName: 'Order Source',
				name: 'orderSource',
				type: 'options',
				default: 'checkoutSessions',
				description: 'Where orders come from. Stripe retired its Orders API: today an order is a completed Checkout Session.',
				displayOptions: {
					show: {
						event: ['order'],
					},
				},
				options: [
					{
						name: 'Checkout Sessions',
						value: 'checkoutSessions',
						description: 'Completed Checkout Sessions, shown with the order fields (today\'s Stripe)',
					},
					{
						name: 'Legacy Orders API',
						value: 'legacyOrders',
						description: 'The Orders API (/v1/orders) of 2019, for old accounts that still have it',
					},
				],
			},
			simplifyField,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Late Completion Window (Hours)',
						name: 'lateCompletionWindow',
						type: 'number',
						default: 24,
						typeOptions: {
							minValue: 0,
							maxValue: 24,
						},
						description:
							'How far back to look for Checkout Sessions that completed after newer ones. A session stays open at most 24 hours. 0 turns the look-back off.',
						displayOptions: {
							show: {
								'/event': ['order'],
								'/orderSource': ['checkoutSessions'],
							},
						},
					},
					{
						displayName: 'Max Items per Poll',
						name: 'maxItemsPerPoll',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
						},
						description:
							'The most items one poll emits. What is over the cap is emitted by the next polls, oldest first, never dropped. 0 means no cap.',
					},
					{
						displayName: 'Start From',
						name: 'startFrom',
						type: 'dateTime',
						default: '',
						description:
							'Emit the objects created since this date when the trigger starts, instead of starting from now. Setting or changing it on an active trigger starts again from this date.',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollStripe.call(this);
	}
}
