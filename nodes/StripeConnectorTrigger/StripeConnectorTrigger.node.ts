import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

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
import { pollStripe } from './helpers/poll';

export class StripeConnectorTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stripe Connector Trigger',
		name: 'stripeConnectorTrigger',
		icon: { light: 'file:../shared/stripe.svg', dark: 'file:../shared/stripe.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: EVENT_SUBTITLE,
		description: 'Starts the workflow when Stripe has a new customer, order, charge or invoice item, or on any Stripe event',
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
			eventField,
			eventTypesField,
			orderSourceField,
			objectSimplifyField,
			eventSimplifyField,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					fetchCurrentObjectOption,
					lateCompletionWindowOption,
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
