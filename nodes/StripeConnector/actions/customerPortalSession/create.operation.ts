import { updateDisplayOptions } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { simplifyPortalSession } from '../../../shared/mappers/billing';
import type { FormValue } from '../../../shared/transport/formEncode';
import { ItemValues } from '../../helpers/values';
import { additionalFieldsProperty } from '../common.description';
import { customerLocator } from '../locators';
import type { Effect, ItemParameters, OperationOption, SingleCall } from '../types';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	description:
		"Create a customer portal session: outputs the short-lived portal URL where the customer manages their subscriptions, payment methods and invoices (email it or return it). Needs the customer ID (cus_…); return URL and portal configuration are optional.",
	action: 'Create a customer portal session',
};

const properties: INodeProperties[] = [
	customerLocator,
	{
		displayName: 'Return URL',
		name: 'returnUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/account',
		description: "Where the portal's link back to your site goes. Empty: the configuration's default return URL.",
	},
	additionalFieldsProperty([
		{
			displayName: 'Configuration ID',
			name: 'configuration',
			type: 'string',
			default: '',
			placeholder: 'e.g. bpc_1MowQVLkdIwHu7ixeRlqHVzs',
			description: "The portal configuration (bpc_…) to use. Empty: the account's default configuration.",
		},
		{ displayName: 'Locale', name: 'locale', type: 'string', default: '', placeholder: 'e.g. fr', description: "The portal's language (IETF tag, e.g. fr, pt-BR). Empty: the customer's browser language." },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['customerPortalSession'], operation: ['create'] } }, properties);

/**
 * A portal link is short-lived: a stored answer replayed for 24 hours would hand out an expired
 * link, so the key is scoped to the execution (our retries send one session; a new run makes a new one).
 */
export const effect: Effect = 'update';

export function prepare({ ctx, itemIndex, simplify }: ItemParameters): SingleCall {
	const values = new ItemValues(ctx, itemIndex);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: Record<string, FormValue> = { customer: values.id('Customer', ctx.getNodeParameter('customerId', itemIndex)) };
	const returnUrl = ctx.getNodeParameter('returnUrl', itemIndex, '');
	if (returnUrl) body.return_url = values.url('Return URL', returnUrl);
	if (fields.configuration) body.configuration = values.id('Configuration ID', fields.configuration);
	if (fields.locale) body.locale = String(fields.locale).trim();
	return {
		request: { method: 'POST', path: '/v1/billing_portal/sessions', body, itemIndex },
		output: (session) => (simplify ? simplifyPortalSession(session) : session),
	};
}
