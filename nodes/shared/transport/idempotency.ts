import { createHash, randomUUID } from 'crypto';

export interface IdempotencyScope {
	executionId?: string;
	workflowId?: string;
	nodeId: string;
	runIndex: number;
}

/**
 * Stripe replays the first result of a key for 24 hours. Deriving the key from the execution,
 * the node, its run and the item means a repeat of the same work — our own retries, or n8n's
 * "Retry On Fail" of the same execution — can never create a second object, while a new
 * execution (or the next loop iteration, a new run index) creates new ones.
 * Without an execution id there is nothing stable to derive from: a random scope still keeps
 * the transport's own retries of one call idempotent.
 */
export function idempotencyKey(scope: IdempotencyScope, itemIndex: number, operation: string): string {
	const execution = scope.executionId || `adhoc-${randomUUID()}`;
	const material = [scope.workflowId ?? '', execution, scope.nodeId, scope.runIndex, itemIndex, operation].join('\u0000');
	return `n8n-stripe-connector-${createHash('sha256').update(material).digest('hex').slice(0, 48)}`;
}
