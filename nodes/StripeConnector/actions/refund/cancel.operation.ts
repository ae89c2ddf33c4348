import { updateDisplayOptions } from 'n8n-workflow';

import { prepareStateChange } from '../stateChange';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { refundIdField } from './fields';
import { refundOutput } from './output';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	description: 'Cancel a refund that waits for action (status requires_action, e.g. a bank refund missing the customer\'s details). Needs the refund ID (re_…); Stripe refuses refunds already sent.',
	action: 'Cancel a refund',
};

export const description = updateDisplayOptions({ show: { resource: ['refund'], operation: ['cancel'] } }, [refundIdField]);

// Keyed on the work: a refund is canceled once; n8n's Retry gets Stripe's first answer instead of a refusal.
export const effect: Effect = 'transition';

export function prepare(item: ItemParameters): SingleCall {
	return prepareStateChange({ collection: '/v1/refunds', action: 'cancel', idParameter: 'refundId', label: 'Refund ID', output: refundOutput }, item);
}
