import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { ItemValues } from '../../helpers/values';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { subscriptionIdField } from './fields';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Pause Collection',
	value: 'pauseCollection',
	description:
		"Pause payment collection on a subscription: it stays active, but its invoices are kept as drafts, marked uncollectible or voided until collection resumes (optionally on a given date). Needs the subscription ID.",
	action: 'Pause collection of a subscription',
};

const properties: INodeProperties[] = [
	subscriptionIdField,
	{
		displayName: 'Behavior',
		name: 'pauseBehavior',
		type: 'options',
		options: [
			{ name: 'Keep As Draft', value: 'keep_as_draft', description: 'Invoices stay drafts and are not charged; collect them later' },
			{ name: 'Mark Uncollectible', value: 'mark_uncollectible', description: 'Invoices are marked uncollectible: the customer is not charged for the pause' },
			{ name: 'Void', value: 'void', description: 'Invoices are voided: the customer is never charged for the pause' },
		],
		default: 'keep_as_draft',
		description: "What happens to the invoices the subscription makes while paused (Stripe's pause_collection[behavior])",
	},
	{ displayName: 'Resumes At', name: 'resumesAt', type: 'dateTime', default: '', description: 'When collection resumes by itself; empty: until Resume Collection' },
];

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['pauseCollection'] } }, properties);

export const effect: Effect = 'update';

const BEHAVIORS = ['keep_as_draft', 'mark_uncollectible', 'void'];

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const id = values.id('Subscription ID', ctx.getNodeParameter('subscriptionId', itemIndex));
	const behavior = values.oneOf('Behavior', ctx.getNodeParameter('pauseBehavior', itemIndex, 'keep_as_draft'), BEHAVIORS);
	const resumesAt = ctx.getNodeParameter('resumesAt', itemIndex, '');
	const pause: Record<string, string | number> = { behavior };
	if (resumesAt) pause.resumes_at = values.unixSeconds('Resumes At', resumesAt, true);
	return {
		request: { method: 'POST', path: resourcePath('/v1/subscriptions', id), body: { pause_collection: pause }, itemIndex },
		output: (subscription) => subscriptionOutput(subscription, simplify),
	};
}
