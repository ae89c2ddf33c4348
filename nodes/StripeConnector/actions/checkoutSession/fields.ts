import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../locators';

export const checkoutSessionIdField: INodeProperties = idField('Checkout Session ID', 'checkoutSessionId', 'e.g. cs_test_a1b2c3');
