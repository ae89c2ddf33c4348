import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { StripeClient, StripeRequest } from '../../../shared/transport/client';
import { resourcePath } from '../../../shared/transport/pathId';
import { isoDate } from '../../../shared/mappers/values';
import { ItemValues } from '../../helpers/values';
import { updateKeyOf } from '../itemKeys';
import type { Effect, ItemParameters, OperationOption, PagedCall } from '../types';
import { subscriptionIdField } from './fields';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	description:
		'Cancel a subscription now (status canceled; optionally a final invoice now and a credit for unused time) or at the end of the current period (the customer keeps access and is not charged again). Needs the subscription ID.',
	action: 'Cancel a subscription',
};

const properties: INodeProperties[] = [
	subscriptionIdField,
	{
		displayName: 'When',
		name: 'cancelWhen',
		type: 'options',
		options: [
			{ name: 'Now', value: 'now', description: 'The subscription ends at once (status canceled); the customer is not charged again' },
			{
				name: 'At Period End',
				value: 'atPeriodEnd',
				description: 'The subscription stays active until the current period ends, then ends; the customer is not charged again (Cancel At Period End)',
			},
		],
		default: 'now',
	},
	{
		displayName: 'Invoice Now',
		name: 'invoiceNow',
		type: 'boolean',
		default: false,
		description:
			'Whether to generate a final invoice now for any un-invoiced metered usage and new or pending proration invoice items (Stripe default: off — they are left uninvoiced)',
		displayOptions: { show: { cancelWhen: ['now'] } },
	},
	{
		displayName: 'Prorate',
		name: 'prorate',
		type: 'boolean',
		default: false,
		description:
			'Whether to generate a proration invoice item that credits the unused time until the period end (Stripe default: off — the customer gets no credit for the rest of the period)',
		displayOptions: { show: { cancelWhen: ['now'] } },
	},
];

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['cancel'] } }, properties);

export const effect: Effect = 'update';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): PagedCall {
	const values = new ItemValues(ctx, itemIndex);
	const id = values.id('Subscription ID', ctx.getNodeParameter('subscriptionId', itemIndex));
	const when = values.oneOf('When', ctx.getNodeParameter('cancelWhen', itemIndex, 'now'), ['now', 'atPeriodEnd']);
	const path = resourcePath('/v1/subscriptions', id);
	const cancel: StripeRequest =
		when === 'now'
			? {
					method: 'DELETE',
					path,
					// Stripe takes a DELETE's parameters in the query.
					qs: { invoice_now: ctx.getNodeParameter('invoiceNow', itemIndex, false) === true, prorate: ctx.getNodeParameter('prorate', itemIndex, false) === true },
					itemIndex,
				}
			: { method: 'POST', path, body: { cancel_at_period_end: true }, idempotencyKey: updateKeyOf(ctx, itemIndex, 'subscription.cancel'), itemIndex };
	return {
		// Read first: cancelling a canceled subscription is a clear error naming the item, not Stripe's.
		collect: async (client: StripeClient, stopped: () => boolean) => {
			const subscription = await client.request<IDataObject>({ method: 'GET', path, itemIndex, stopped });
			if (subscription.status === 'canceled') {
				const since = isoDate(subscription.canceled_at ?? subscription.ended_at);
				throw values.fail('Subscription ID', `${id} is already canceled${since ? ` (since ${since})` : ''}: there is nothing to cancel`);
			}
			return [subscriptionOutput(await client.request<IDataObject>(cancel), simplify)];
		},
	};
}
