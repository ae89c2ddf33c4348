import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../locators';

export const promotionCodeIdField: INodeProperties = idField('Promotion Code ID', 'promotionCodeId', 'e.g. promo_1MiM6KLkdIwHu7ixrIaX4wgn');
