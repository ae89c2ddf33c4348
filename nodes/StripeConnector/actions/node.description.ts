import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../shared/simplifyField';
import { optionsField } from './common.description';
import { resources } from './resources';

/** The Resource selector (sorted by name, as the panel lists it), each resource's fields, then Simplify and Options. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: Object.values(resources)
			.map((resource) => ({ name: resource.displayName, value: resource.value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: 'customer',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
	simplifyField,
	optionsField,
];
