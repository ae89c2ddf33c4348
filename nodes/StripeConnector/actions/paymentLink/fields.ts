import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../locators';

export const paymentLinkIdField: INodeProperties = idField('Payment Link ID', 'paymentLinkId', 'e.g. plink_1MoC3ULkdIwHu7ixZjtGpVl2');

export const allowPromotionCodesField: INodeProperties = {
	displayName: 'Allow Promotion Codes',
	name: 'allowPromotionCodes',
	type: 'boolean',
	default: false,
	description: 'Whether buyers may enter a promotion code',
};
