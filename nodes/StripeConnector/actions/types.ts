import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { StripeClient } from '../../shared/transport/client';

export interface OperationContext {
	ctx: IExecuteFunctions;
	client: StripeClient;
	itemIndex: number;
	/** The item's Idempotency-Key for this operation (stable across retries of the same execution). */
	idempotencyKey: string;
	/** Output the documented fields (true) or Stripe's raw object (false). */
	simplify: boolean;
}

export interface Operation {
	description: INodeProperties[];
	execute(operation: OperationContext): Promise<IDataObject>;
}
