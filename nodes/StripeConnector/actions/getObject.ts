import type { IDataObject } from 'n8n-workflow';

import type { FormValue } from '../../shared/transport/formEncode';
import { resourcePath } from '../../shared/transport/pathId';
import { locatorId } from '../helpers/fields';
import type { Output } from './output';
import type { ItemParameters, SingleCall } from './types';

export interface GetTarget {
	collection: `/v1/${string}`;
	/** The ID parameter (a resource locator or a plain string) and its label in errors. */
	idParameter: string;
	label: string;
	output: Output;
}

/** Get: GET the object's path (with `qs`, e.g. `expand`). */
export function prepareGet(target: GetTarget, { ctx, itemIndex, simplify }: ItemParameters, qs?: Record<string, FormValue>): SingleCall {
	const id = locatorId(ctx.getNode(), itemIndex, target.label, ctx.getNodeParameter(target.idParameter, itemIndex));
	return {
		request: { method: 'GET', path: resourcePath(target.collection, id), qs, itemIndex },
		output: (object: IDataObject) => target.output(object, simplify),
	};
}
