import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { DEFAULT_BASE_URL, PINNED_STRIPE_VERSION } from '../nodes/shared/constants';
import { checkBaseUrl } from '../nodes/shared/transport/baseUrl';

export class StripeConnectorApi implements ICredentialType {
	name = 'stripeConnectorApi';

	displayName = 'Stripe Connector API';

	icon: Icon = { light: 'file:../nodes/shared/stripe.svg', dark: 'file:../nodes/shared/stripe.dark.svg' };

	documentationUrl = 'https://docs.stripe.com/keys';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'e.g. sk_test_xxxx or rk_live_xxxx',
			description:
				'Secret key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → API keys. Keys starting with sk_test_/rk_test_ act on test mode data, sk_live_/rk_live_ on live data. Stripe allows a live account 100 requests per second, a sandbox 25, and each endpoint 25: the nodes pace themselves under these limits.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'Advanced: where Stripe requests go. Must be https:// — plain http:// is accepted only for localhost (a local Stripe emulator).',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: PINNED_STRIPE_VERSION,
			placeholder: `e.g. ${PINNED_STRIPE_VERSION}`,
			description:
				'Advanced: the Stripe-Version header sent with every request. The default is the version the node outputs were built for; leave it unless you know you need another.',
		},
	];

	// A function rather than a generic header template: it is the single place where the key
	// is attached to a request, so it is also where a clear-text URL is refused.
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		const target = new URL(requestOptions.url, requestOptions.baseURL || undefined);
		const check = checkBaseUrl(target.origin);
		if (!check.ok) throw new Error(check.reason);
		return {
			...requestOptions,
			headers: {
				...requestOptions.headers,
				Authorization: `Bearer ${String(credentials.apiKey).trim()}`,
			},
		};
	};

	// GET /v1/customers is reachable by a restricted key with only "Customers: Read".
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/customers',
			qs: { limit: 1 },
			headers: { 'Stripe-Version': '={{$credentials.apiVersion}}' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Stripe rejected the API key: it is wrong, expired or revoked. Copy a current key from Dashboard → Developers → API keys.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The key is valid but lacks permission. A restricted key needs at least "Customers: Read" (and Write for create/update, Products, Charges, Invoice Items, Checkout Sessions for the trigger).',
				},
			},
		],
	};
}
