import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { emailValue, metadataValue } from '../../helpers/fields';
import { metadataField } from '../common.description';

export const customerFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		placeholder: 'e.g. Wholesale account',
		description: 'An arbitrary string attached to the customer. Left empty, it is unset.',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. nathan@example.com',
		default: '',
		description: 'The customer\'s email address. Left empty, it is unset.',
	},
	metadataField,
];

/** POST /v1/customers and /v1/customers/{id} as we send them (test/types checks them against Stripe's params). */
export type CustomerBody = {
	description?: string;
	email?: string;
	metadata?: Record<string, string>;
};

/** The form body for the fields the user added; an added empty field is sent empty (unset). */
export function customerBody(node: INode, itemIndex: number, fields: IDataObject): CustomerBody {
	const body: CustomerBody = {};
	if ('description' in fields) body.description = String(fields.description ?? '');
	if ('email' in fields) body.email = emailValue(node, itemIndex, fields.email);
	const metadata = metadataValue(node, itemIndex, fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}
