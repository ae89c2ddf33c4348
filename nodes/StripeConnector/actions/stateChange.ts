import type { FormValue } from '../../shared/transport/formEncode';
import { resourcePath } from '../../shared/transport/pathId';
import { stripeDetailsOf } from '../../shared/transport/stripeError';
import { locatorId } from '../helpers/fields';
import type { Output } from './output';
import type { ItemParameters, SingleCall } from './types';

export interface StateChangeTarget {
	collection: `/v1/${string}`;
	/** The action's path after the object's, e.g. `finalize` (POST /v1/invoices/{id}/finalize). */
	action: string;
	/** The resource locator parameter and its label in errors. */
	idParameter: string;
	label: string;
	/** The state rule, said when Stripe refuses the move, e.g. "only a draft invoice can be finalized"; without it Stripe's words stand alone. */
	rule?: string;
	output: Output;
}

/**
 * A move to the object's next state (finalize, pay, void, …), keyed on the work (effect
 * `transition`). The object's state is not fetched first: that would cost a request per item,
 * could be stale by the time the change arrives (Stripe advances invoices on its own), and would
 * make n8n's Retry fail on the objects the failed run already moved. Stripe checks the state
 * itself; its refusal is retold as the rule the item broke (`explainStateRule`).
 */
export function prepareStateChange(target: StateChangeTarget, { ctx, itemIndex, simplify }: ItemParameters, body: Record<string, FormValue> = {}): SingleCall {
	const id = locatorId(ctx.getNode(), itemIndex, target.label, ctx.getNodeParameter(target.idParameter, itemIndex));
	return {
		request: { method: 'POST', path: `${resourcePath(target.collection, id)}/${target.action}` as `/v1/${string}`, body, itemIndex },
		output: (object) => target.output(object, simplify),
		explain: target.rule === undefined ? undefined : explainStateRule(itemIndex, target.label, id, target.rule),
	};
}

/**
 * Stripe refuses a move the object's state does not allow with a 400 naming no parameter: the
 * error then says which item and object broke which rule, and keeps Stripe's own words and fields
 * (Continue On Fail items and AI-tool answers still carry Stripe's type, code and message).
 */
export function explainStateRule(itemIndex: number, label: string, id: string, rule: string): (error: Error) => Error {
	return (error) => {
		const stripe = stripeDetailsOf(error);
		if (!stripe || stripe.status !== 400 || stripe.type !== 'invalid_request_error' || stripe.param) return error;
		error.message = `Item ${itemIndex + 1}: "${label}" ${id}: ${rule}. Stripe: ${stripe.message}`;
		return error;
	};
}
