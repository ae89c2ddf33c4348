import type { IExecuteFunctions } from 'n8n-workflow';

import { executionKey, toolCallKey, userKey, workKey, type ExecutionScope } from '../../shared/transport/idempotency';
import { runsAsTool } from './toolResult';

/** The scope of each node run: the same for all its items, and reading `$runIndex` builds a data proxy. */
const scopes = new WeakMap<IExecuteFunctions, ExecutionScope>();

/** Where an item's work happens, as idempotency.ts keys it. */
export function executionScopeOf(ctx: IExecuteFunctions, itemIndex: number): ExecutionScope {
	let scope = scopes.get(ctx);
	if (!scope) {
		scope = {
			executionId: ctx.getExecutionId(),
			workflowId: ctx.getWorkflow().id,
			nodeId: ctx.getNode().id,
			runIndex: ctx.getWorkflowDataProxy(itemIndex).$runIndex,
		};
		scopes.set(ctx, scope);
	}
	return scope;
}

/**
 * The Idempotency-Key of an update an operation sends itself (after a read, e.g. the item found by
 * price): the user's own key, else one scoped to the execution — our retries and n8n's Retry On
 * Fail never apply it twice, a later execution applies it again.
 */
export function updateKeyOf(ctx: IExecuteFunctions, itemIndex: number, operation: string): string {
	return ownKeyOf(ctx, itemIndex, operation) ?? executionKey(executionScopeOf(ctx, itemIndex), itemIndex, operation);
}

/** The key from the user's own Idempotency Key option, if the item has one. */
export function ownKeyOf(ctx: IExecuteFunctions, itemIndex: number, operation: string): string | undefined {
	const own = String(ctx.getNodeParameter('options.idempotencyKey', itemIndex, '') ?? '').trim();
	return own ? userKey(operation, own) : undefined;
}

/**
 * A key derived from the item's work (its content): the same in a re-run or n8n's Retry, and for an
 * agent's tool call repeated with the same arguments (toolCallKey). Undefined when re-runs are not
 * deduplicated outside a tool call: the caller scopes the key to the execution instead.
 */
export function workKeyOf(ctx: IExecuteFunctions, itemIndex: number, operation: string, content: string, deduplicate: boolean): string | undefined {
	const scope = executionScopeOf(ctx, itemIndex);
	if (runsAsTool(ctx)) return toolCallKey(scope, operation, content, deduplicate);
	return deduplicate ? workKey(scope, itemIndex, operation, content) : undefined;
}

/**
 * A value derived from the item's work like a create's key (the router's choice): the same workflow
 * node, run, item position and content give the same value in a re-run or n8n's Retry; an agent's
 * tool call repeated with the same arguments gives the same value too (toolCallKey). With
 * "Deduplicate Re-Runs" off it is scoped to the execution instead.
 */
export function workValueOf(ctx: IExecuteFunctions, itemIndex: number, operation: string, content: string): string {
	const deduplicate = ctx.getNodeParameter('options.deduplicateReruns', itemIndex, true) !== false;
	return workKeyOf(ctx, itemIndex, operation, content, deduplicate) ?? executionKey(executionScopeOf(ctx, itemIndex), itemIndex, `${operation}\n${content}`);
}
