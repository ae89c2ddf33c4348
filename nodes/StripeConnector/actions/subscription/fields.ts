import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../locators';

export const subscriptionIdField = idField('Subscription ID', 'subscriptionId', 'e.g. sub_1MowQVLkdIwHu7ixeRlqHVzs');

/** Stripe's `proration_behavior`, in Stripe's words, with what the customer is charged. */
export const prorationBehaviorField: INodeProperties = {
	displayName: 'Proration Behavior',
	name: 'prorationBehavior',
	type: 'options',
	options: [
		{
			name: 'Create Prorations (Stripe Default)',
			value: 'create_prorations',
			description:
				'Proration invoice items are created when applicable: the customer is charged (or credited) for the rest of the current period on their next invoice, not now',
		},
		{
			name: 'Always Invoice',
			value: 'always_invoice',
			description: 'Always invoice immediately for prorations: the customer is charged (or credited) the difference for the rest of the period now',
		},
		{
			name: 'None',
			value: 'none',
			description: 'Disable creating prorations: the customer pays the new price or quantity from the next period on, nothing for the rest of this one',
		},
	],
	default: 'create_prorations',
	description: 'How Stripe handles prorations when an item\'s price or quantity changes (Stripe\'s proration_behavior)',
};

export const STATUSES = ['active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid'];
