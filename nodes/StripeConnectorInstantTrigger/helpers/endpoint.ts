import { randomUUID } from 'crypto';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE, PINNED_STRIPE_VERSION } from '../../shared/constants';
import { StripeClient } from '../../shared/transport/client';
import { resourcePath } from '../../shared/transport/pathId';
import { stripeDetailsOf } from '../../shared/transport/stripeError';
import { readCursor } from '../../shared/trigger/cursor';
import { readTriggerSettings } from '../../shared/trigger/settings';
import { startNow } from '../../shared/trigger/walk';
import { endpointsToDelete, readEndpoint, setEndpointsToDelete, writeEndpoint, writePosition, type StoredEndpoint } from './state';
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

/** POST /v1/webhook_endpoints/{id} when only the chosen event types changed (test/types checks it). */
export type EventsUpdate = { enabled_events: SubscribedEvent[] };

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
	const client = await StripeClient.create(this);
	await retryDeletes(this, client);
	const stored = readEndpoint(staticData, isTest(this));
	if (!stored) return false;
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
		stored.apiVersion === wanted.apiVersion;
	if (same && sameEvents(current.enabled_events, wanted.events)) return true;
	// Only the chosen event types changed: the endpoint (and the cursor, which goes on from its
	// place) stays; its enabled_events change in place.
	if (same && wanted.sourceKey === 'events' && readCursor(staticData)?.key === 'events') {
		await client.request({ method: 'POST', path: resourcePath(ENDPOINTS_PATH, stored.id), body: { enabled_events: wanted.events } satisfies EventsUpdate });
		writeEndpoint(staticData, isTest(this), { ...stored, events: wanted.events });
		return true;
	}
	// Changed (another URL, other events, disabled by Stripe) or gone: never keep a second one.
	if (current !== undefined) await deleteOrKeep(this, client, stored.id);
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
			writePosition(staticData, { generation: randomUUID(), n: 0, cursor: await startNow(client, settings.source, settings.lookBackSeconds) });
		}
	}
	return true;
}

/** Deactivation and the end of a test: the endpoint goes; the cursor stays for the next activation. */
export async function deleteEndpoint(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const client = await StripeClient.create(this);
	const retried = await retryDeletes(this, client);
	const stored = readEndpoint(staticData, isTest(this));
	if (!stored) return retried;
	const deleted = await deleteOrKeep(this, client, stored.id);
	writeEndpoint(staticData, isTest(this), undefined);
	return deleted && retried;
}

/**
 * Deletes an endpoint of ours; when Stripe refuses or cannot be reached, keeps its id in the list
 * of endpoints to delete (retried at every hook call) and says so: a live endpoint whose secret
 * is gone would count towards Stripe's 16 and keep receiving events.
 */
async function deleteOrKeep(ctx: IHookFunctions, client: StripeClient, id: string): Promise<boolean> {
	const failure = await deleteById(client, id);
	if (failure === undefined) return true;
	const staticData = ctx.getWorkflowStaticData('node');
	const pending = endpointsToDelete(staticData);
	if (!pending.includes(id)) setEndpointsToDelete(staticData, [...pending, id]);
	ctx.logger.warn(
		`Stripe Connector Instant Trigger: could not delete the Stripe webhook endpoint ${id} (${failure}); it is kept and its delete is retried at the next activation, deactivation or check. If it stays, delete it in Stripe's dashboard (Developers → Webhooks).`,
	);
	return false;
}

/** Retries the deletes that failed before; returns whether none is left. */
async function retryDeletes(ctx: IHookFunctions, client: StripeClient): Promise<boolean> {
	const staticData = ctx.getWorkflowStaticData('node');
	const pending = endpointsToDelete(staticData);
	if (pending.length === 0) return true;
	const left: string[] = [];
	for (const id of pending) {
		const failure = await deleteById(client, id);
		if (failure === undefined) continue;
		left.push(id);
		ctx.logger.warn(`Stripe Connector Instant Trigger: the Stripe webhook endpoint ${id} still could not be deleted (${failure}); retried at the next hook call`);
	}
	setEndpointsToDelete(staticData, left);
	return left.length === 0;
}

/** undefined when the endpoint is gone (deleted now, or already: 404); else why not. */
async function deleteById(client: StripeClient, id: string): Promise<string | undefined> {
	try {
		await client.request({ method: 'DELETE', path: resourcePath(ENDPOINTS_PATH, id) });
		return undefined;
	} catch (error) {
		const details = stripeDetailsOf(error);
		if (details?.status === 404) return undefined;
		// Stripe's message and status, or the transport's connection error: never the key or a secret.
		return details ? `Stripe answered ${details.status ?? ''}: ${details.message}`.trim() : (error as Error).message;
	}
}

async function wantedEndpoint(ctx: IHookFunctions): Promise<{ url: string; events: SubscribedEvent[]; apiVersion: string; sourceKey: string }> {
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
	return { url: String(ctx.getNodeWebhookUrl('default') ?? ''), events, apiVersion, sourceKey: settings.source.key };
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
