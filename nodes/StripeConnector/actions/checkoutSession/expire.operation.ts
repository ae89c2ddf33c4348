import { updateDisplayOptions } from 'n8n-workflow';

import { prepareStateChange } from '../stateChange';
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

export function prepare(item: ItemParameters): SingleCall {
	return prepareStateChange(
		{ collection: '/v1/checkout/sessions', action: 'expire', idParameter: 'checkoutSessionId', label: 'Checkout Session ID', output: checkoutSessionOutput },
		item,
	);
}
