import { randomUUID } from 'crypto';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE, PINNED_STRIPE_VERSION } from '../../shared/constants';
import { StripeClient } from '../../shared/transport/client';
import { resourcePath } from '../../shared/transport/pathId';
import { stripeDetailsOf } from '../../shared/transport/stripeError';
import { CURSOR_FIELD, readCursor } from '../../shared/trigger/cursor';
import { readTriggerSettings } from '../../shared/trigger/settings';
import { startNow } from '../../shared/trigger/walk';
import { GENERATION_FIELD, readEndpoint, writeEndpoint, type StoredEndpoint } from './state';
import { eventsFor, sameEvents, type SubscribedEvent } from './stripeEvents';

const ENDPOINTS_PATH = '/v1/webhook_endpoints';
export const MAX_ITEMS_OPTION = 'maxItemsPerRun';

interface StripeEndpoint extends IDataObject {
	id: string;
	url: string;
	enabled_events: string[];
	api_version: string | null;
	status: string;
	secret?: string;
}

/** POST /v1/webhook_endpoints as we send it (test/types checks it against Stripe's params). */
export type WebhookEndpointBody = {
	url: string;
	enabled_events: SubscribedEvent[];
	/** PINNED_STRIPE_VERSION unless the credential overrides it. */
	api_version: string;
	description: string;
	metadata: Record<string, string>;
};

const isTest = (ctx: IHookFunctions) => ctx.getMode() === 'manual';

/** n8n asks on activation, restart and before "Listen for test event": is our endpoint still there, unchanged? */
export async function endpointExists(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const stored = readEndpoint(staticData, isTest(this));
	if (!stored) return false;
	const client = await StripeClient.create(this);
	const wanted = await wantedEndpoint(this);
	const found = await client.request<StripeEndpoint>({ method: 'GET', path: resourcePath(ENDPOINTS_PATH, stored.id) }).then(
		(endpoint) => ({ endpoint, error: undefined }),
		(error: unknown) => ({ endpoint: undefined, error }),
	);
	// Errors come from the transport as NodeApiError (Stripe's fields, never the key); 404 = gone.
	if (found.error !== undefined && stripeDetailsOf(found.error)?.status !== 404) throw found.error;
	const current = found.endpoint;
	const same =
		current !== undefined &&
		current.status === 'enabled' &&
		current.url === wanted.url &&
		sameEvents(current.enabled_events, wanted.events) &&
		stored.apiVersion === wanted.apiVersion;
	if (same) return true;
	// Changed (another URL, other events, disabled by Stripe) or gone: never keep a second one.
	if (current !== undefined) await deleteQuietly(client, stored.id);
	writeEndpoint(staticData, isTest(this), undefined);
	return false;
}

/** Registers one endpoint for the chosen event; in production also (re)starts the cursor when needed. */
export async function createEndpoint(this: IHookFunctions): Promise<boolean> {
	const settings = readTriggerSettings(this, MAX_ITEMS_OPTION);
	const wanted = await wantedEndpoint(this);
	const client = await StripeClient.create(this);
	refuseUnreachableUrl(this, client, wanted.url);
	const workflow = this.getWorkflow();
	const body: WebhookEndpointBody = {
		url: wanted.url,
		enabled_events: wanted.events,
		api_version: wanted.apiVersion,
		description: `n8n workflow "${workflow.name ?? ''}" (${workflow.id ?? 'unsaved'}), node "${this.getNode().name}"`.slice(0, 5000),
		metadata: { n8n_workflow_id: String(workflow.id ?? ''), n8n_node: this.getNode().name.slice(0, 500) },
	};
	let created: StripeEndpoint;
	try {
		created = await client.request<StripeEndpoint>({ method: 'POST', path: ENDPOINTS_PATH, body });
	} catch (error) {
		throw explainCreateError(this, error, wanted.url) ?? error;
	}
	const staticData = this.getWorkflowStaticData('node');
	const endpoint: StoredEndpoint = {
		id: created.id,
		secret: String(created.secret ?? ''),
		url: wanted.url,
		events: wanted.events,
		apiVersion: wanted.apiVersion,
	};
	writeEndpoint(staticData, isTest(this), endpoint);
	if (!isTest(this)) {
		const catchUp = settings.options.catchUp !== false;
		const cursor = readCursor(staticData);
		if (!catchUp || !cursor || cursor.key !== settings.source.key) {
			// Start from now: what exists counts as seen (without Catch Up also what came while off).
			staticData[CURSOR_FIELD] = (await startNow(client, settings.source, settings.lookBackSeconds)) as unknown as IDataObject;
			staticData[GENERATION_FIELD] = randomUUID();
		}
	}
	return true;
}

/** Deactivation and the end of a test: the endpoint goes; the cursor stays for the next activation. */
export async function deleteEndpoint(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const stored = readEndpoint(staticData, isTest(this));
	if (!stored) return true;
	const client = await StripeClient.create(this);
	if (!(await deleteQuietly(client, stored.id))) return false; // kept: the next check finds and reuses it
	writeEndpoint(staticData, isTest(this), undefined);
	return true;
}

async function deleteQuietly(client: StripeClient, id: string): Promise<boolean> {
	try {
		await client.request({ method: 'DELETE', path: resourcePath(ENDPOINTS_PATH, id) });
		return true;
	} catch (error) {
		return stripeDetailsOf(error)?.status === 404;
	}
}

async function wantedEndpoint(ctx: IHookFunctions): Promise<{ url: string; events: SubscribedEvent[]; apiVersion: string }> {
	const settings = readTriggerSettings(ctx, MAX_ITEMS_OPTION);
	const events = eventsFor(settings.source);
	if (!events) {
		throw new NodeOperationError(ctx.getNode(), 'The legacy Orders API has no webhook event', {
			description:
				'Stripe never sent webhooks for the 2019 Orders API. Set "Order Source" to "Checkout Sessions" (today\'s orders), or use the polling Stripe Connector Trigger for legacy orders.',
		});
	}
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	const apiVersion = String(credentials.apiVersion || PINNED_STRIPE_VERSION).trim();
	return { url: String(ctx.getNodeWebhookUrl('default') ?? ''), events, apiVersion };
}

/** A live key cannot have Stripe deliver to a loopback or private address: say so before trying. */
function refuseUnreachableUrl(ctx: IHookFunctions, client: StripeClient, url: string): void {
	if (client.mode !== 'live') return;
	let host = '';
	try {
		host = new URL(url).hostname;
	} catch {
		host = '';
	}
	if (host && !/^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|0\.0\.0\.0$|\[?::1\]?$)/.test(host)) return;
	throw unreachableUrlError(ctx, url);
}

function unreachableUrlError(ctx: IHookFunctions, url: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `Stripe cannot reach n8n's webhook URL ${url}`, {
		description:
			'Stripe delivers events over the internet, so n8n\'s webhook URL must be public (set WEBHOOK_URL to your public https address, e.g. behind a reverse proxy or tunnel). Behind a firewall, use the polling Stripe Connector Trigger instead: it needs no incoming connection.',
	});
}

function explainCreateError(ctx: IHookFunctions, error: unknown, url: string): NodeOperationError | undefined {
	const details = stripeDetailsOf(error);
	if (!details) return undefined;
	if (details.status === 403) {
		return new NodeOperationError(ctx.getNode(), 'The Stripe key may not create webhook endpoints', {
			description: `A restricted key needs the permission "Webhook Endpoints: Write" for this trigger (Stripe: ${details.message}). Add it in Stripe's dashboard (Developers → API keys), or use the polling Stripe Connector Trigger, which only reads.`,
		});
	}
	if (details.param === 'url') return unreachableUrlError(ctx, url);
	if (/maximum of 16/i.test(details.message)) {
		return new NodeOperationError(ctx.getNode(), 'This Stripe account already has 16 webhook endpoints, Stripe\'s limit', {
			description:
				'Delete endpoints you no longer use in Stripe\'s dashboard (Developers → Webhooks); each active instant trigger uses one. Or use the polling Stripe Connector Trigger, which needs none.',
		});
	}
	return undefined;
}
