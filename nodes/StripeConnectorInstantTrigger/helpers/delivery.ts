import { randomUUID } from 'crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { resourcePath } from '../../shared/transport/pathId';
import { StripeClient } from '../../shared/transport/client';
import { advanceCursor, CURSOR_FIELD, keysAt, readCursor, type Cursor } from '../../shared/trigger/cursor';
import { readTriggerSettings, type TriggerSettings } from '../../shared/trigger/settings';
import { collectNew, startNow, type StripeObject } from '../../shared/trigger/walk';
import { claimObject } from './claims';
import { MAX_ITEMS_OPTION } from './endpoint';
import { rememberCursor, rememberedCursor, ring } from './lane';
import { verifySignature } from './signature';
import { GENERATION_FIELD, readEndpoint, type StoredEndpoint } from './state';

/** A walk answers Stripe within this time (Stripe waits longer; the rest comes with the next delivery). */
const WALK_BUDGET_MS = 5000;

interface RawRequest {
	rawBody?: Buffer;
	headers: Record<string, string | string[] | undefined>;
}

interface PlainResponse {
	statusCode: number;
	setHeader(name: string, value: string): void;
	end(body: string): void;
}

/**
 * DESIGN — each object once, none lost (read before changing anything here).
 *
 * A verified delivery is only a doorbell. Its payload is not what we emit: the walk over Stripe's
 * list (shared/trigger/walk, the polling trigger's cursor and walk) from the cursor in static
 * data is. That gives oldest-first order, the pinned API version's shapes (lists answer in the
 * version we send; events in the endpoint's), and catch-up: the cursor survives deactivation and
 * restarts, so the first delivery after the workflow is back also brings what came meanwhile.
 *
 * Duplicated, shuffled and concurrent deliveries are the hard part. n8n loads static data at the
 * start of each production request and saves it after the answer, so two deliveries at once both
 * start from the same cursor, and the later save wins; in queue mode or multi-main several
 * processes answer webhooks. Static data alone therefore cannot deduplicate. Two layers do:
 *
 * 1. In this process, one walk at a time per trigger (lane.ts), starting from the newer of the
 *    cursor in memory and the one n8n loaded; a delivery that arrives while a walk is queued joins
 *    it. Overlapping deliveries to one process cost one list request each, never a second emission.
 * 2. Across processes, every object is claimed before it is emitted (claims.ts): a harmless update
 *    of our own endpoint with an Idempotency-Key derived from workflow, node and object. Stripe's
 *    idempotency layer answers the first claimer and refuses every other (another token = other
 *    parameters = idempotency_error), atomically, for 24 hours. A walk emits only what it claimed,
 *    and advances the cursor over what it claimed or found claimed.
 *
 * What this leaves, stated plainly:
 * - A claim is taken just before the items are handed to n8n. If n8n dies in between (milliseconds),
 *   that object is lost for this workflow: we prefer that to emitting it twice, since claims
 *   cannot be released.
 * - Claims last 24 hours. An object is emitted twice only if a walk in another process saved an
 *   older cursor after a newer one (both walks overlapping, the older save landing last) AND no
 *   delivery came for 24 hours afterwards. One process (n8n's default, also queue mode with its
 *   single main answering webhooks) never saves an older cursor after a newer one.
 * - A claim or list failure stops the walk where it is: what was claimed is emitted, the rest is
 *   not, and Stripe is answered 503 so that it rings again.
 */
export async function receiveDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const test = this.getMode() === 'manual';
	const staticData = this.getWorkflowStaticData('node');
	const request = this.getRequestObject() as unknown as RawRequest;
	const response = this.getResponseObject() as unknown as PlainResponse;
	const endpoint = readEndpoint(staticData, test);
	if (!endpoint) return answer(response, 410, 'This trigger has no Stripe webhook endpoint (the workflow is not active)');
	const header = request.headers['stripe-signature'];
	if (!Buffer.isBuffer(request.rawBody)) return answer(response, 400, 'The request has no body');
	const check = verifySignature(Array.isArray(header) ? header[0] : header, request.rawBody, endpoint.secret, Math.floor(Date.now() / 1000));
	if (!check.ok) return answer(response, 400, `Stripe signature verification failed: ${check.reason}`);

	const event = parseEvent(request.rawBody);
	if (!event || !endpoint.events.includes(event.type)) return answer(response, 200, 'Event ignored');
	const settings = readTriggerSettings(this, MAX_ITEMS_OPTION);
	if (test) return await testEvent(this, settings, event.objectId);

	const workflowId = String(this.getWorkflow().id ?? '');
	const node = this.getNode();
	const laneKey = `${workflowId}\u0000${node.id}`;
	try {
		const outcome = await ring(laneKey, async () => await walkAndClaim(this, settings, endpoint, laneKey, `${workflowId}:${node.id}`));
		if (!outcome || outcome.emitted.length === 0) {
			return outcome?.failure ? answer(response, 503, 'Stripe could not be read; deliver again later') : answer(response, 200, 'Nothing new');
		}
		const items = outcome.emitted.map((object) => (settings.simplify ? settings.source.simplify(object) : object));
		if (outcome.capped) {
			this.logger.info(
				`Stripe Connector Instant Trigger: emitted ${items.length} items (the cap of "Max Items per Run"); the rest arrive with the next delivery, oldest first`,
			);
		}
		if (outcome.failure) {
			// Emit what was claimed, and make Stripe ring again for the rest.
			answer(response, 503, 'Some new objects could not be claimed; deliver again later');
			return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray(items)] };
		}
		return { workflowData: [this.helpers.returnJsonArray(items)] };
	} catch (error) {
		this.logger.warn(`Stripe Connector Instant Trigger: the walk over Stripe failed: ${(error as Error).message}`);
		return answer(response, 503, 'Stripe could not be read; deliver again later');
	}
}

interface WalkOutcome {
	emitted: StripeObject[];
	failure?: unknown;
	capped: boolean;
}

async function walkAndClaim(
	ctx: IWebhookFunctions,
	settings: TriggerSettings,
	endpoint: StoredEndpoint,
	laneKey: string,
	claimScope: string,
): Promise<WalkOutcome> {
	const staticData = ctx.getWorkflowStaticData('node');
	const client = await StripeClient.create(ctx);
	const generation = String(staticData[GENERATION_FIELD] ?? '');
	const loaded = readCursor(staticData);
	if (!loaded || loaded.key !== settings.source.key) {
		// No usable cursor (static data lost or edited): start from now rather than replay history.
		staticData[CURSOR_FIELD] = (await startNow(client, settings.source, settings.lookBackSeconds)) as unknown as IDataObject;
		return { emitted: [], capped: false };
	}
	const cursor = newer(loaded, rememberedCursor(laneKey, generation));
	const now = Date.now();
	const result = await collectNew(client, cursor, {
		source: settings.source,
		simplify: settings.simplify,
		maxItems: settings.maxItems,
		lookBackSeconds: settings.lookBackSeconds,
		deadline: now + WALK_BUDGET_MS,
		now: () => Date.now(),
	});
	const { emitted, processed, failure } = await claimAll(client, endpoint.id, claimScope, result.objects);
	const next = processed.length === result.objects.length ? result.cursor : advanceCursor(cursor, processed, settings.lookBackSeconds);
	staticData[CURSOR_FIELD] = next as unknown as IDataObject;
	rememberCursor(laneKey, generation, next);
	return { emitted, failure, capped: settings.maxItems > 0 && result.objects.length >= settings.maxItems };
}

/** Claims oldest first and stops at the first failure, so that the cursor never passes an unclaimed object. */
async function claimAll(client: StripeClient, endpointId: string, scope: string, objects: StripeObject[]) {
	const token = randomUUID();
	const emitted: StripeObject[] = [];
	const processed: StripeObject[] = [];
	for (const object of objects) {
		try {
			if ((await claimObject(client, endpointId, scope, object.id, token)) === 'ours') emitted.push(object);
			processed.push(object);
		} catch (error) {
			return { emitted, processed, failure: error ?? new Error('claim failed') };
		}
	}
	return { emitted, processed, failure: undefined };
}

/** The cursor that has seen more: the later `since`, or at the same second the one with more keys. */
function newer(loaded: Cursor, remembered: Cursor | undefined): Cursor {
	if (!remembered || remembered.key !== loaded.key) return loaded;
	if (remembered.since !== loaded.since) return remembered.since > loaded.since ? remembered : loaded;
	return keysAt(remembered, remembered.since).size >= keysAt(loaded, loaded.since).size ? remembered : loaded;
}

/** "Listen for test event": the delivered object, read fresh in the pinned version; the cursor is not touched. */
async function testEvent(ctx: IWebhookFunctions, settings: TriggerSettings, objectId: string | undefined): Promise<IWebhookResponseData> {
	if (!objectId) return { webhookResponse: { received: true } };
	const client = await StripeClient.create(ctx);
	const expand = settings.simplify ? settings.source.expand.map((path) => path.replace(/^data\./, '')) : [];
	const object = await client.request<IDataObject>({
		method: 'GET',
		path: resourcePath(settings.source.path, objectId),
		qs: expand.length ? { expand } : {},
	});
	return { workflowData: [ctx.helpers.returnJsonArray([settings.simplify ? settings.source.simplify(object) : object])] };
}

function parseEvent(rawBody: Buffer): { type: string; objectId?: string } | undefined {
	try {
		const event = JSON.parse(rawBody.toString('utf8')) as { type?: unknown; data?: { object?: { id?: unknown } } };
		if (typeof event.type !== 'string') return undefined;
		const id = event.data?.object?.id;
		return { type: event.type, objectId: typeof id === 'string' ? id : undefined };
	} catch {
		return undefined;
	}
}

function answer(response: PlainResponse, status: number, message: string): IWebhookResponseData {
	response.statusCode = status;
	response.setHeader('Content-Type', 'application/json');
	response.end(JSON.stringify(status < 300 ? { received: true, message } : { error: message }));
	return { noWebhookResponse: true };
}
