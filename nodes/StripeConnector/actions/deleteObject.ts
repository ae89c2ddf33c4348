import type { IDataObject } from 'n8n-workflow';

import { resourcePath } from '../../shared/transport/pathId';
import { locatorId } from '../helpers/fields';
import type { ItemParameters, SingleCall } from './types';

export interface DeleteTarget {
	collection: `/v1/${string}`;
	/** The resource locator parameter and its label in errors. */
	idParameter: string;
	label: string;
}

/** Delete: DELETE the object's path. Stripe answers {id, object, deleted: true}; Simplify keeps {id, deleted}. */
export function prepareDelete(target: DeleteTarget, { ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const id = locatorId(ctx.getNode(), itemIndex, target.label, ctx.getNodeParameter(target.idParameter, itemIndex));
	return {
		request: { method: 'DELETE', path: resourcePath(target.collection, id), itemIndex },
		output: (answer: IDataObject) => (simplify ? { id: answer.id, deleted: answer.deleted === true } : answer),
	};
}
