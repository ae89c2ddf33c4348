import { createHash, randomUUID } from 'crypto';

/** Where an item's work happens: the same workflow node, run and item position across executions. */
export interface WorkScope {
	workflowId?: string;
	nodeId: string;
	runIndex: number;
}

export interface ExecutionScope extends WorkScope {
	executionId?: string;
}

/** Stripe accepts keys of at most 255 characters; ours stay well below. */
const PREFIX = 'n8n-stripe-connector';
const MAX_USER_KEY = 255 - PREFIX.length - 40;

const hash = (parts: Array<string | number>) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 48);

/**
 * Stripe replays the first answer of an Idempotency-Key for 24 hours (same key, other
 * parameters: `idempotency_error`). Three kinds of key, by what a repeat should do:
 *
 * - `workKey` (creates, by default): derived from what identifies the work — workflow, node,
 *   run index, item position, operation and the exact request — and NOT from the execution. n8n's
 *   Retry of a failed execution is a new execution (new id, mode `retry`) that re-runs the failed
 *   node with the same items in the same order; a re-imported file or a webhook delivered twice
 *   re-runs the workflow with the same input. Both get Stripe's stored object instead of a second
 *   one. The item position keeps identical items of one run apart (three blank customers are
 *   three customers); the body makes changed input a new object.
 * - `executionKey` (updates, deletes, and creates with "Deduplicate Re-runs" off): scoped to the
 *   execution, so that our own retries and n8n's "Retry On Fail" never apply a write twice, while a
 *   later execution applies the same update again (the object may have changed in between).
 * - `userKey`: the user's own key for the item (e.g. an order id), scoped by operation so that the
 *   same value on a customer and a product never collides, hashed when too long.
 *
 * Past 24 hours Stripe forgets a key: a repeat then creates a new object.
 */
export function workKey(scope: WorkScope, itemIndex: number, operation: string, request: string): string {
	return `${PREFIX}-w-${hash([scope.workflowId ?? '', scope.nodeId, scope.runIndex, itemIndex, operation, request])}`;
}

/**
 * An AI agent's tool call is one item, and a model that repeats itself (a retry after a slow
 * answer, a reasoning loop) repeats the call with the same arguments in a new run of the node: the
 * run index and item position must not count. The same create with the same arguments is one
 * object — within the execution, or (like `workKey`, when re-runs are deduplicated) within 24 hours.
 */
export function toolCallKey(scope: ExecutionScope, operation: string, request: string, acrossExecutions: boolean): string {
	const execution = acrossExecutions ? '' : scope.executionId || `adhoc-${randomUUID()}`;
	return `${PREFIX}-t-${hash([scope.workflowId ?? '', execution, scope.nodeId, operation, request])}`;
}

/** Without an execution id there is nothing stable: a random scope still keeps our own retries of one call idempotent. */
export function executionKey(scope: ExecutionScope, itemIndex: number, operation: string): string {
	const execution = scope.executionId || `adhoc-${randomUUID()}`;
	return `${PREFIX}-e-${hash([scope.workflowId ?? '', execution, scope.nodeId, scope.runIndex, itemIndex, operation])}`;
}

export function userKey(operation: string, value: string): string {
	// A header carries printable ASCII only; anything else, or too long, is hashed.
	const readable = value.length <= MAX_USER_KEY && /^[!-~]+$/.test(value);
	return readable ? `${PREFIX}-u-${operation}-${value}` : `${PREFIX}-u-${operation}-h-${hash([value])}`;
}
