import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { stripeDetailsOf, type StripeErrorDetails } from '../../shared/transport/stripeError';

/**
 * When an AI agent calls the node as a tool, a thrown error reaches the model as an empty or
 * bare result, and the model cannot tell "not found" from "found nothing". In tool mode the node
 * therefore answers every failure with one readable sentence — what failed, Stripe's message, code
 * and param, and the next step — as an `error` item (n8n's own shape for a failed item), and logs it.
 *
 * n8n runs a tool in one of two ways: through a supply-data context (`isToolExecution()`), or, for
 * agents that hand tool calls back to the engine, as a node of the `…Tool` type whose output is
 * rewired to the agent (`rewireOutputLogTo: ai_tool`). Either marks tool mode.
 */
export function runsAsTool(ctx: IExecuteFunctions): boolean {
	const node = ctx.getNode();
	return (
		ctx.isToolExecution?.() === true || node.rewireOutputLogTo === NodeConnectionTypes.AiTool || node.type.endsWith('Tool')
	);
}

export interface ToolCallInfo {
	/** e.g. "Get a customer by ID" */
	action: string;
	resource: string;
}

const SEARCH_BY: Record<string, string> = { charge: 'customer', customer: 'email', paymentIntent: 'customer', product: 'name', refund: 'customer' };

/** The one-sentence answer to the model for a failed call. Never contains the key (Stripe errors are redacted). */
export function toolFailure(error: Error, call: ToolCallInfo): IDataObject {
	const stripe = stripeDetailsOf(error);
	const what = `${call.action} failed`;
	if (!stripe) {
		// Bad input found before any request: the message already names the field ("Item 1: "Email" …").
		const problem = error.message.replace(/^Item \d+: /, '');
		const connection = /Could not reach Stripe/.test(problem);
		const next = connection ? 'Try again in a minute.' : 'Nothing was sent to Stripe; correct the value and call again.';
		return { error: `${what}: ${problem}. ${next}` };
	}
	const facts = [stripe.code && `code: ${stripe.code}`, stripe.param && `param: ${stripe.param}`].filter(Boolean).join(', ');
	return { error: `${what}: ${stripe.message}${facts ? ` (${facts})` : ''}. ${nextStep(stripe, call)}` };
}

/** The answer when the credential itself is unusable (no key, a refused Base URL): only the workflow owner can fix it. */
export function toolSetupFailure(error: Error, call: ToolCallInfo): IDataObject {
	return {
		error: `${call.action} failed: ${error.message}. Nothing was sent to Stripe; the workflow owner must fix the Stripe credential.`,
	};
}

function nextStep(stripe: StripeErrorDetails, call: ToolCallInfo): string {
	const missing = /No such (\w+): '([^']*)'/.exec(stripe.message);
	if (stripe.code === 'resource_missing' && missing) {
		const noun = missing[1];
		const by = SEARCH_BY[call.resource] ?? 'name';
		return `No ${noun} ${missing[2]} exists. Check the ID, or search ${noun}s by ${by}.`;
	}
	if (stripe.status === 401) return 'The Stripe API key was refused; the workflow owner must update the Stripe credential.';
	if (stripe.status === 403) return 'The Stripe key may not do this; the workflow owner must grant the permission or use another key.';
	if (stripe.code === 'idempotency_error') return 'This idempotency key was used with other values; call again with the first values or another key.';
	if (stripe.code === 'resource_already_exists') return `A ${call.resource} with this ID already exists; use another ID or update that one.`;
	if (stripe.status === 429 || stripe.code === 'rate_limit' || stripe.code === 'lock_timeout') return 'Stripe is busy; try again in a few seconds.';
	if (stripe.status !== undefined && stripe.status >= 500) return 'Stripe failed on its side; try again in a minute.';
	if (stripe.param) return `Correct ${stripe.param} and call again.`;
	return 'Correct the request and call again.';
}

/** Said to the model when a create returned the object a same-argument create made before. */
export function alreadyCreatedNote(object: IDataObject, resource: string): string {
	const id = typeof object.id === 'string' ? object.id : 'the object';
	return `already created: ${id} — a ${resource} create with the same arguments was made before, so this is that ${resource}; no new one was created`;
}

/** Said to the model when a state change (finalize, pay, …) returned the answer a same-argument call got before. */
export function alreadyMovedNote(object: IDataObject, action: string): string {
	const id = typeof object.id === 'string' ? object.id : 'the object';
	return `already done: "${action}" was called with the same arguments before, so this is Stripe's answer of then for ${id}; nothing was changed again`;
}
