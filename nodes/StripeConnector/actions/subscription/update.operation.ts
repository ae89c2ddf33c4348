import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { StripeClient } from '../../../shared/transport/client';
import type { FormValue } from '../../../shared/transport/formEncode';
import { resourcePath } from '../../../shared/transport/pathId';
import { ItemValues } from '../../helpers/values';
import { metadataField } from '../common.description';
import { updateKeyOf } from '../itemKeys';
import type { Effect, ItemCall, ItemParameters, OperationOption } from '../types';
import { updateFieldsProperty } from '../updateObject';
import { prorationBehaviorField, subscriptionIdField } from './fields';
import { findItemByPrice } from './findItem';
import { subscriptionOutput } from './output';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description:
		"Update a subscription: change an item's price or quantity (the item is found by its current price, no si_… ID needed), the proration behavior, cancel at period end on or off, metadata. Needs the subscription ID and the fields to change.",
	action: 'Update a subscription',
};

export const cancelAtPeriodEndField: INodeProperties = {
	displayName: 'Cancel At Period End',
	name: 'cancelAtPeriodEnd',
	type: 'boolean',
	default: true,
	description:
		'Whether the subscription ends when the current period ends: on, the customer keeps access until then and is not charged again; off, it renews (and charges) as usual',
};

const properties: INodeProperties[] = [
	subscriptionIdField,
	updateFieldsProperty([
		cancelAtPeriodEndField,
		{
			displayName: 'Current Price ID',
			name: 'itemPrice',
			type: 'string',
			default: '',
			placeholder: 'e.g. price_1MoBy5LkdIwHu7ixZhnattbh',
			description: 'The price of the item to change, as the subscription has it now; the node finds its item (si_…). May stay empty when the subscription has one item.',
		},
		metadataField,
		{ displayName: 'New Price ID', name: 'newPrice', type: 'string', default: '', placeholder: 'e.g. price_1MoBy5LkdIwHu7ixZhnattbh', description: "The item's new recurring price (an upgrade or downgrade)" },
		{ displayName: 'New Quantity', name: 'newQuantity', type: 'number', typeOptions: { minValue: 0 }, default: 1, description: "The item's new quantity" },
		prorationBehaviorField,
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['subscription'], operation: ['update'] } }, properties);

export const effect: Effect = 'update';

type ItemChange = { current?: string; price?: string; quantity?: number };

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): ItemCall {
	const values = new ItemValues(ctx, itemIndex);
	const id = values.id('Subscription ID', ctx.getNodeParameter('subscriptionId', itemIndex));
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: Record<string, FormValue> = {};
	if ('cancelAtPeriodEnd' in fields) body.cancel_at_period_end = fields.cancelAtPeriodEnd === true;
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	if (fields.prorationBehavior) body.proration_behavior = String(fields.prorationBehavior);
	const change: ItemChange = {};
	if (fields.itemPrice) change.current = values.id('Current Price ID', fields.itemPrice);
	if (fields.newPrice) change.price = values.id('New Price ID', fields.newPrice);
	if ('newQuantity' in fields) change.quantity = values.integer('New Quantity', fields.newQuantity, 0);
	const changesItem = change.price !== undefined || change.quantity !== undefined;
	if (change.current !== undefined && !changesItem) throw values.fail('Current Price ID', 'names the item to change: add "New Price ID" or "New Quantity"');
	if (!changesItem && Object.keys(body).length === 0) throw values.fail('Update Fields', 'is empty: add the fields to change');
	const path = resourcePath('/v1/subscriptions', id);
	const output = (subscription: IDataObject) => subscriptionOutput(subscription, simplify);
	if (!changesItem) return { request: { method: 'POST', path, body, itemIndex }, output };
	const idempotencyKey = updateKeyOf(ctx, itemIndex, 'subscription.update');
	return {
		// The item is found on the subscription as it is now, then changed by its ID.
		collect: async (client: StripeClient, stopped: () => boolean) => {
			const subscription = await client.request<IDataObject>({ method: 'GET', path, itemIndex, stopped });
			if (subscription.status === 'canceled') throw values.fail('Subscription ID', `${id} is canceled: a canceled subscription's items cannot change`);
			const found = findItemByPrice(subscription, change.current);
			if ('problem' in found) throw values.fail('Current Price ID', found.problem);
			const item: Record<string, FormValue> = { id: found.id, price: change.price, quantity: change.quantity };
			const updated = await client.request<IDataObject>({ method: 'POST', path, body: { ...body, items: [item] }, idempotencyKey, itemIndex });
			return [output(updated)];
		},
	};
}
