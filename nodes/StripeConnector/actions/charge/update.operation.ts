import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { metadataField } from '../common.description';
import { chargeLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { prepareUpdate, updateFieldsProperty } from '../updateObject';
import { chargeOutput } from './output';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: "Update a charge's description, receipt email or metadata. Needs the charge ID (ch_…) and the fields to change; setting a receipt email sends the receipt there. The amount cannot change: refund instead.",
	action: 'Update a charge by ID',
};

const updateOptions: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Order 1042' },
	metadataField,
	{ displayName: 'Receipt Email', name: 'receiptEmail', type: 'string', default: '', placeholder: 'e.g. name@email.com', description: 'Stripe sends the receipt to this address' },
];

export const description = updateDisplayOptions({ show: { resource: ['charge'], operation: ['update'] } }, [chargeLocator, updateFieldsProperty(updateOptions)]);

export const effect: Effect = 'update';

export type ChargeUpdateBody = { description?: string; receipt_email?: string; metadata?: Record<string, string> };

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{
			collection: '/v1/charges',
			idParameter: 'chargeId',
			label: 'Charge',
			body: (_node, _index, fields, values) => {
				const body: ChargeUpdateBody = {};
				if ('description' in fields) body.description = String(fields.description ?? '');
				if ('receiptEmail' in fields) body.receipt_email = values.email(fields.receiptEmail, 'Receipt Email');
				const metadata = values.metadata(fields.metadata);
				if (metadata) body.metadata = metadata;
				return body;
			},
			output: chargeOutput,
		},
		item,
	);
}
