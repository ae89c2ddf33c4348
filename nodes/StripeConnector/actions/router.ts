import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { DEFAULT_CONCURRENCY } from '../../shared/constants';
import { mapConcurrent } from '../../shared/helpers/mapConcurrent';
import { StripeClient } from '../../shared/transport/client';
import { idempotencyKey, type IdempotencyScope } from '../../shared/transport/idempotency';
import { stripeDetailsOf } from '../../shared/transport/stripeError';
import * as customer from './customer';
import * as product from './product';
import type { Operation } from './types';

const resources: Record<string, Record<string, Operation>> = {
	customer: customer.operations,
	product: product.operations,
};

type ItemResult = { json: IDataObject } | { error: Error };

/**
 * Runs every item through its operation with bounded concurrency (paced by the client), and
 * returns the outputs in input order. A failed item either becomes an `error` item
 * (Continue On Fail) or fails the node with the first failing item's error.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const requestsPerSecond = Number(options.requestsPerSecond ?? 0);
	const client = await StripeClient.create(this, requestsPerSecond > 0 ? { requestsPerSecond } : {});
	const scope: IdempotencyScope = {
		executionId: this.getExecutionId(),
		workflowId: this.getWorkflow().id,
		nodeId: this.getNode().id,
		runIndex: this.getWorkflowDataProxy(0).$runIndex,
	};
	const concurrency = Number(options.maxConcurrency ?? DEFAULT_CONCURRENCY) || DEFAULT_CONCURRENCY;

	const results = await mapConcurrent(items, concurrency, async (_item, itemIndex): Promise<ItemResult> => {
		try {
			const resource = this.getNodeParameter('resource', itemIndex) as string;
			const operationName = this.getNodeParameter('operation', itemIndex) as string;
			const operation = resources[resource]?.[operationName];
			if (!operation) throw new Error(`The operation "${operationName}" is not supported for "${resource}"`);
			const json = await operation.execute({
				ctx: this,
				client,
				itemIndex,
				idempotencyKey: idempotencyKey(scope, itemIndex, `${resource}.${operationName}`),
				simplify: this.getNodeParameter('simplify', itemIndex, true) as boolean,
			});
			return { json };
		} catch (error) {
			return { error: error as Error };
		}
	});

	const output: INodeExecutionData[] = [];
	for (const [itemIndex, result] of results.entries()) {
		if ('json' in result) {
			output.push({ json: result.json, pairedItem: { item: itemIndex } });
			continue;
		}
		if (!this.continueOnFail()) throw result.error;
		const error = stripeDetailsOf(result.error) ?? { message: result.error.message };
		output.push({ json: { error }, pairedItem: { item: itemIndex } });
	}
	return [output];
}
