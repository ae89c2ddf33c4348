import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from './types';

/** A resource of the node: its operations by value, and its fields (Operation selector first). */
export interface Resource {
	value: string;
	displayName: string;
	operations: Record<string, Operation>;
	description: INodeProperties[];
}

/**
 * Builds a resource from its operation files (the modules its index re-exports): the Operation
 * selector lists their options sorted by name, and each file's fields follow, already limited to
 * its resource and operation by `updateDisplayOptions`. Adding an operation is one file plus one
 * line in the index.
 */
export function defineResource(value: string, displayName: string, modules: Record<string, Operation>): Resource {
	const operations = Object.values(modules).sort((a, b) => a.option.name.localeCompare(b.option.name));
	const defaultOperation = operations.some((operation) => operation.option.value === 'create') ? 'create' : operations[0].option.value;
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [value] } },
		options: operations.map((operation) => operation.option),
		default: defaultOperation,
	};
	return {
		value,
		displayName,
		operations: Object.fromEntries(operations.map((operation) => [operation.option.value, operation])),
		description: [selector, ...operations.flatMap((operation) => operation.description)],
	};
}
