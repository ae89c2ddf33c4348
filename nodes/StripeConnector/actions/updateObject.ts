import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { FormValue } from '../../shared/transport/formEncode';
import { resourcePath } from '../../shared/transport/pathId';
import { locatorId } from '../helpers/fields';
import { ItemValues } from '../helpers/values';
import type { ItemParameters, SingleCall } from './types';

export interface UpdateTarget {
	collection: `/v1/${string}`;
	/** The resource locator parameter and its label in errors. */
	idParameter: string;
	label: string;
	body(node: INode, itemIndex: number, fields: IDataObject, values: ItemValues): Record<string, FormValue>;
	output(object: IDataObject, simplify: boolean): IDataObject;
	/** Expansions the simplified output reads. */
	expand?: string[];
}

/** The `expand` of a request whose answer the simplified output reads. */
export type Expansion = { expand?: string[] };

/** Update: POST only the fields the user added under "Update Fields" to the object's path. */
export function prepareUpdate(target: UpdateTarget, { ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const node = ctx.getNode();
	const id = locatorId(node, itemIndex, target.label, ctx.getNodeParameter(target.idParameter, itemIndex));
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const expansion: Expansion = simplify && target.expand ? { expand: target.expand } : {};
	return {
		request: { method: 'POST', path: resourcePath(target.collection, id), body: { ...target.body(node, itemIndex, fields, new ItemValues(ctx, itemIndex)), ...expansion }, itemIndex },
		output: (object) => target.output(object, simplify),
	};
}

/** The "Update Fields" collection of a resource's update operation. */
export function updateFieldsProperty(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are changed; a field added with an empty value is unset',
		options,
	};
}

/** Active and Metadata of an update, when added: the switches most selling objects share. */
export function activeAndMetadata(values: ItemValues, fields: IDataObject): { active?: boolean; metadata?: Record<string, string> } {
	const body: { active?: boolean; metadata?: Record<string, string> } = {};
	if ('active' in fields) body.active = fields.active === true;
	const metadata = values.metadata(fields.metadata);
	if (metadata) body.metadata = metadata;
	return body;
}
