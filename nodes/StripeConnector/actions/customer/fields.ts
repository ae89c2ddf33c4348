import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { FormValue } from '../../../shared/transport/formEncode';
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

/** The form body for the fields the user added; an added empty field is sent empty (unset). */
export function customerBody(node: INode, itemIndex: number, fields: IDataObject): Record<string, FormValue> {
	const body: Record<string, FormValue> = {};
	if ('description' in fields) body.description = String(fields.description ?? '');
	if ('email' in fields) body.email = emailValue(node, itemIndex, fields.email);
	const metadata = metadataValue(node, itemIndex, fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}
