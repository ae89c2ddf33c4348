import { updateDisplayOptions } from 'n8n-workflow';

import { metadataField } from '../common.description';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';
import { activeAndMetadata, prepareUpdate, updateFieldsProperty } from '../updateObject';
import { refundIdField } from './fields';
import { refundOutput } from './output';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	description: "Update a refund's metadata. Needs the refund ID (re_…) and the metadata to set; a key with an empty value is removed. The amount and reason cannot change.",
	action: 'Update a refund by ID',
};

export const description = updateDisplayOptions({ show: { resource: ['refund'], operation: ['update'] } }, [refundIdField, updateFieldsProperty([metadataField])]);

export const effect: Effect = 'update';

export function prepare(item: ItemParameters): SingleCall {
	return prepareUpdate(
		{ collection: '/v1/refunds', idParameter: 'refundId', label: 'Refund ID', body: (_node, _index, fields, values) => activeAndMetadata(values, fields), output: refundOutput },
		item,
	);
}
