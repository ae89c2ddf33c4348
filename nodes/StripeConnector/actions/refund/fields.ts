import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../locators';

export const refundIdField: INodeProperties = idField('Refund ID', 'refundId', 'e.g. re_3MtwBwLkdIwHu7ix0Lx4yG5n');
