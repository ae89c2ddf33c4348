import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { StripeClient, StripeRequest } from '../../shared/transport/client';

/**
 * What an operation does in Stripe: it decides the item's Idempotency-Key and how a failure is told.
 * A `transition` moves an object to its next state (finalize, pay, void): like a create it is keyed
 * on the work, so that n8n's Retry gets Stripe's first answer instead of "already finalized".
 */
export type Effect = 'create' | 'transition' | 'update' | 'delete' | 'read';

export interface ItemParameters {
	ctx: IExecuteFunctions;
	itemIndex: number;
	/** Output the documented fields (true) or Stripe's raw object (false). */
	simplify: boolean;
}

/** An item's single request, built and checked before anything of the run is sent. */
export interface SingleCall {
	/** Complete but for the Idempotency-Key of a POST, which the router adds. */
	request: StripeRequest;
	output(answer: IDataObject): IDataObject;
	/**
	 * A value Stripe accepts once (a meter event's identifier, a coupon's or product's own ID, a
	 * promotion code, a price's lookup key). Items sharing it, or sharing an Idempotency-Key, are
	 * sent one after another in input order, so the first is the one that counts.
	 */
	onceKey?: string;
	/** Retells Stripe's refusal (e.g. a move the object's state does not allow) as the rule the item broke. */
	explain?(error: Error): Error;
}

/** An item whose work takes several requests (a list walked page by page). */
export interface PagedCall {
	collect(client: StripeClient, stopped: () => boolean): Promise<IDataObject[]>;
}

export type ItemCall = SingleCall | PagedCall;

/** An entry of a resource's Operation selector; `action` is the sentence the panel and an AI agent read. */
export interface OperationOption extends INodePropertyOptions {
	value: string;
	action: string;
}

/** One `<resource>/<operation>.operation.ts` file: its selector entry, its fields, what it does. */
export interface Operation {
	option: OperationOption;
	/** The operation's fields, shown for its resource and operation only (`updateDisplayOptions`). */
	description: INodeProperties[];
	effect: Effect;
	/** Reads and checks the item's parameters; throws (naming item and field) on bad input. Sends nothing. */
	prepare(item: ItemParameters): ItemCall;
}
