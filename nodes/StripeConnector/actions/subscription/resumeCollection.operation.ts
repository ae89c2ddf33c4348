import { updateDisplayOptions } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { ItemValues } from '../../helpers/values';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { subscriptionIdField } from './fields';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Resume Collection',
	value: 'resumeCollection',
	description:
		"Resume payment collection on a subscription paused with Pause Collection: its next invoices are charged (or sent) again as usual. Needs the subscription ID.",
	action: 'Resume collection of a subscription',
};

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['resumeCollection'] } }, [subscriptionIdField]);

export const effect: Effect = 'update';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const id = new ItemValues(ctx, itemIndex).id('Subscription ID', ctx.getNodeParameter('subscriptionId', itemIndex));
	return {
		// An empty pause_collection unsets the pause.
		request: { method: 'POST', path: resourcePath('/v1/subscriptions', id), body: { pause_collection: '' }, itemIndex },
		output: (subscription) => subscriptionOutput(subscription, simplify),
	};
}
