import { updateDisplayOptions } from 'n8n-workflow';

import { resourcePath } from '../../../shared/transport/pathId';
import { locatorId } from '../../helpers/fields';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { checkoutSessionIdField } from './fields';
import { checkoutSessionOutput } from './output';

export const option: OperationOption = {
	name: 'Expire',
	value: 'expire',
	description: 'Expire an open checkout session so that nobody can pay with it any more. Needs the checkout session ID (cs_…); Stripe refuses sessions that are complete or already expired.',
	action: 'Expire a checkout session',
};

export const description = updateDisplayOptions({ show: { resource: ['checkoutSession'], operation: ['expire'] } }, [checkoutSessionIdField]);

export const effect: Effect = 'update';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const id = locatorId(ctx.getNode(), itemIndex, 'Checkout Session ID', ctx.getNodeParameter('checkoutSessionId', itemIndex));
	return {
		request: { method: 'POST', path: `${resourcePath('/v1/checkout/sessions', id)}/expire`, body: {}, itemIndex },
		output: (session) => checkoutSessionOutput(session, simplify),
	};
}
