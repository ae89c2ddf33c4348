import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyMeterEvent } from '../../../shared/mappers/billing';
import { encodeForm } from '../../../shared/transport/formEncode';
import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty } from '../common.description';
import { workValueOf } from '../itemKeys';
import { customerLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		"Report usage to a billing meter. Needs the meter's event name, the customer ID (cus_…) and the value; timestamp and identifier are optional. Stripe counts an identifier once: the node derives it from the work, so a re-run or Retry of the same item is not counted twice.",
	action: 'Create a meter event',
};

const IDENTIFIER_MAX = 100;
const DAY_SECONDS = 86400;

const properties: INodeProperties[] = [
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. api_requests',
		description: "The event name of the meter to report to (the meter's event_name)",
	},
	customerLocator,
	{ displayName: 'Value', name: 'value', type: 'number', required: true, default: 1, placeholder: 'e.g. 25', description: 'The usage to add, a whole number' },
	additionalFieldsProperty([
		{
			displayName: 'Customer Payload Key',
			name: 'customerPayloadKey',
			type: 'string',
			default: 'stripe_customer_id',
			description: "The payload key of the customer ID, when the meter's customer mapping uses another",
		},
		{
			displayName: 'Identifier',
			name: 'identifier',
			type: 'string',
			default: '',
			placeholder: 'e.g. {{ $json.requestId }}',
			description:
				'Your own unique ID for the event, e.g. the usage record in your app: Stripe counts each identifier once within 24 hours. Empty: the node derives one from the work (the same item of the same workflow node gives the same identifier on a re-run).',
		},
		{ displayName: 'Timestamp', name: 'timestamp', type: 'dateTime', default: '', description: 'When the usage happened: within the past 35 days or up to 5 minutes ahead. Empty: now.' },
		{ displayName: 'Value Payload Key', name: 'valuePayloadKey', type: 'string', default: 'value', description: "The payload key of the value, when the meter's value settings use another" },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['meterEvent'], operation: ['create'] } }, properties);

export const effect: Effect = 'create';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const keys = {
		customer: values.text('Customer Payload Key', fields.customerPayloadKey ?? 'stripe_customer_id', 100),
		value: values.text('Value Payload Key', fields.valuePayloadKey ?? 'value', 100),
	};
	if (keys.customer === keys.value) throw values.fail('Value Payload Key', 'is the same as "Customer Payload Key"');
	const body: IDataObject & { payload: Record<string, string> } = {
		event_name: values.text('Event Name', ctx.getNodeParameter('eventName', itemIndex, ''), 100),
		payload: {
			[keys.customer]: values.id('Customer', ctx.getNodeParameter('customerId', itemIndex)),
			[keys.value]: String(values.integer('Value', ctx.getNodeParameter('value', itemIndex, null), Number.MIN_SAFE_INTEGER)),
		},
	};
	if (fields.timestamp) {
		const timestamp = values.unixSeconds('Timestamp', fields.timestamp);
		const now = Math.floor(Date.now() / 1000);
		if (timestamp < now - 35 * DAY_SECONDS || timestamp > now + 300) throw values.fail('Timestamp', 'must be within the past 35 days or up to 5 minutes ahead');
		body.timestamp = timestamp;
	}
	const own = String(fields.identifier ?? '').trim();
	if (own.length > IDENTIFIER_MAX) throw values.fail('Identifier', `is longer than ${IDENTIFIER_MAX} characters`);
	// Derived from the event's content and the item's place in the workflow, like a create's key.
	body.identifier = own || workValueOf(ctx, itemIndex, 'meterEvent.create', encodeForm(body as Parameters<typeof encodeForm>[0]));
	return {
		request: { method: 'POST', path: '/v1/billing/meter_events', body: body as Parameters<typeof encodeForm>[0], itemIndex },
		onceKey: `meter event ${String(body.identifier)}`,
		output: (event) => (simplify ? simplifyMeterEvent(event, keys) : event),
	};
}
