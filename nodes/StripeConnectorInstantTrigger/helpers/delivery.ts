import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { resourcePath } from '../../shared/transport/pathId';
import { StripeClient } from '../../shared/transport/client';
import { outputItems } from '../../shared/trigger/output';
import { readTriggerSettings, type TriggerSettings } from '../../shared/trigger/settings';
import { settledBy } from './budget';
import { DeliveryWalk } from './deliveryWalk';
import { MAX_ITEMS_OPTION } from './endpoint';
import { processLanes } from './lane';
import { verifySignature } from './signature';
import { readEndpoint, writePosition } from './state';
import { subscribes } from './stripeEvents';

/** Stripe is answered within this time of a delivery's arrival, whatever the walk is doing. */
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
 * start of each production request and saves it after the answer, and only when it was written
 * to; two deliveries at once both start from the same cursor; in queue mode or multi-main several
 * processes answer webhooks. Static data alone therefore cannot deduplicate. Three rules do:
 *
 * 1. Transitions. The saved cursor carries a transition number n (state.ts). A walk from
 *    position n lists what is new and, when there is something, takes ONE claim for "n → n+1"
 *    (claims.ts): a harmless update of our own endpoint whose Idempotency-Key is derived from
 *    workflow, node, generation and n, and whose parameters carry a token derived from a secret of
 *    this process, the lane and n. Stripe keeps the first parameters of a key for 24 h: one
 *    process owns each transition. A walk emits only after winning its transition, and saves the
 *    cursor it emitted up to with n+1. Cost: at most one write per walk that emits, none per object.
 * 2. Replays are ours. A walk of this process that retries transition n (its claim's answer was
 *    lost, Stripe stored a 5xx under the key, or the answer came after the time budget) sends the
 *    same key and parameters and gets Stripe's replay: the transition is ours, and the earlier walk
 *    emitted nothing. Another process gets `idempotency_error`: it emits nothing, writes nothing
 *    to static data (so n8n saves nothing for it) and answers 409, so that Stripe delivers again
 *    after the winner's cursor is saved.
 * 3. One walk at a time per trigger in a process (lane.ts), starting from the newer of the
 *    position n8n loaded and the newest this process reached (memory never goes back), so that a
 *    stale load never re-claims a transition this process won. A delivery that arrives while a
 *    walk is queued joins it: overlapping deliveries cost nothing beyond one running and one
 *    queued walk.
 *
 * The answer: 200 when everything new is emitted (or there was nothing new); non-2xx otherwise,
 * so that Stripe delivers again and the rest arrives without waiting for a new event:
 * - a walk cut short by "Max Items per Run" or by the list budget emits what it has and answers 503;
 * - a lost claim (409), a failed list or claim (503), and a walk not done within the 5 s budget
 *   (503) emit nothing. The budget covers the claim: Stripe is answered within 5 s of the delivery
 *   arriving; an overrunning walk goes on in its lane, and its result is not used (a claim it wins
 *   late is replayed to the next walk of this process).
 *
 * What this leaves, stated plainly:
 * - n8n stops between a won claim and the save of the cursor. Nothing is lost, but the transition
 *   is held by a token no live process has: every delivery is answered 409 until Stripe forgets
 *   the key (24 h); then the next walk takes the transition again and emits everything since the
 *   saved cursor, 24 h late. If the items had already been handed to n8n (it stopped after
 *   starting the execution, before saving static data), they are emitted a second time then.
 * - Several webhook processes: a delivery whose walk loses the claim emits nothing; its objects
 *   come with the winner's walk or the next one after the winner's save, at the latest with
 *   Stripe's retry of that delivery (minutes to hours in live mode). A transition whose answer this
 *   process lost can only be taken by this process: deliveries balanced to the others are answered
 *   409 until one reaches it again.
 * - What arrives "later" relies on Stripe's retries: up to 3 days in live mode, a few times over
 *   hours in a sandbox. A backlog that outlasts them (a tiny "Max Items per Run", Stripe
 *   unreachable for days) waits for the next event. Stripe may disable an endpoint that keeps
 *   failing for days (it emails the account first); "Max Items per Run" then slows catching up.
 * - Claims last 24 hours. A saved position older than that coming back (static data restored from
 *   a backup, a save lost with no delivery for 24 h) can be claimed again and re-emit its batch.
 *   Two saves of one process landing in the wrong order leave an older position saved: this
 *   process goes on from memory and its next emitting walk saves a newer one; another process
 *   (or this one after a restart) is answered 409 on it until then, or for 24 h as above.
 * - Each emitting walk costs one write to Stripe, shared with the account's limits and the 25/s
 *   per-endpoint limit of POST /v1/webhook_endpoints/{id}; plus 1–3 list requests per walk.
 * - Checkout Sessions: the look-back window remembers at most 1,000 sessions; beyond that its
 *   oldest seconds are dropped and a warning is logged (shared/trigger/cursor.ts).
 * - "Listen for test event" emits the delivered object itself, read fresh: no cursor, no claim.
 */
export async function receiveDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const arrivedAt = Date.now();
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
	if (!event || !subscribes(endpoint.events, event.type)) return answer(response, 200, 'Event ignored');
	const settings = readTriggerSettings(this, MAX_ITEMS_OPTION);
	if (test) return await testEvent(this, settings, settings.source.events ? event.id : event.objectId);

	const walk = new DeliveryWalk(this, settings, endpoint, arrivedAt, WALK_BUDGET_MS);
	let rung;
	try {
		rung = await settledBy(processLanes.ring(walk.laneKey, async () => await walk.run()), arrivedAt + WALK_BUDGET_MS);
	} catch (error) {
		this.logger.warn(`Stripe Connector Instant Trigger: the walk over Stripe failed: ${(error as Error).message}`);
		return answer(response, 503, 'Stripe could not be read; deliver again later');
	}
	const outcome = rung ? rung.value : walk.expire();
	if (!outcome) return answer(response, 503, 'The walk over Stripe took longer than its time budget; deliver again later');
	if (!outcome.own) {
		// Joined a walk that started after this delivery arrived: that walk answers for its object.
		const done = outcome.result.kind === 'nothing' || (outcome.result.kind === 'won' && !outcome.result.cut);
		return done ? answer(response, 200, 'Covered by a concurrent delivery') : answer(response, 503, 'Not all new objects were emitted yet; deliver again later');
	}
	const result = outcome.result;
	switch (result.kind) {
		case 'nothing':
			return answer(response, 200, 'Nothing new');
		case 'theirs':
			return answer(response, 409, 'Another n8n process is emitting these objects; deliver again later');
		case 'failed':
			this.logger.warn(`Stripe Connector Instant Trigger: the walk over Stripe failed: ${(result.error as Error)?.message ?? String(result.error)}`);
			return answer(response, 503, 'Stripe could not be read or claimed; deliver again later');
	}
	writePosition(staticData, result.next);
	if (result.objects.length === 0) return answer(response, 200, 'Started');
	// Never throws (an object that cannot be read fresh keeps the event's copy): the transition is won.
	const chosen = await outputItems(settings.fetchCurrentObject ? await StripeClient.create(this) : undefined, settings, result.objects);
	if (chosen.length === 0) return answer(response, result.cut ? 503 : 200, 'Nothing of the chosen event types');
	const items = this.helpers.returnJsonArray(chosen);
	// We answer Stripe ourselves and say so (noWebhookResponse): n8n then saves the static data before
	// it starts the run. Returning the items for n8n to answer makes n8n 2.x start the run first, which
	// clears the static data's changed flag, so the new position was never saved (seen in n8n 2.40.7:
	// after a restart every delivery lost its claim and answered 409).
	if (!result.cut) {
		answer(response, 200, 'Started');
		return { noWebhookResponse: true, workflowData: [items] };
	}
	this.logger.info(
		`Stripe Connector Instant Trigger: emitted ${items.length} items and stopped ("Max Items per Run" or the time budget); answered 503 so that Stripe delivers again for the rest, oldest first`,
	);
	answer(response, 503, 'Emitted part of the new objects; deliver again for the rest');
	return { noWebhookResponse: true, workflowData: [items] };
}

/** "Listen for test event": the delivered object (or event), read fresh in the pinned version; the cursor is not touched. */
async function testEvent(ctx: IWebhookFunctions, settings: TriggerSettings, objectId: string | undefined): Promise<IWebhookResponseData> {
	if (!objectId) return { webhookResponse: { received: true } };
	const client = await StripeClient.create(ctx);
	if (settings.source.events) {
		const event = await client.request<IDataObject>({ method: 'GET', path: resourcePath(settings.source.path, objectId) });
		return { workflowData: [ctx.helpers.returnJsonArray(await outputItems(client, settings, [event]))] };
	}
	const expand = settings.simplify ? settings.source.expand.map((path) => path.replace(/^data\./, '')) : [];
	const object = await client.request<IDataObject>({
		method: 'GET',
		path: resourcePath(settings.source.path, objectId),
		qs: expand.length ? { expand } : {},
	});
	// What the simplified output reads beyond the object (a charge's invoice, from InvoicePayments).
	if (settings.simplify) await settings.source.attach?.(client, [object]);
	return { workflowData: [ctx.helpers.returnJsonArray([settings.simplify ? settings.source.simplify(object) : object])] };
}

function parseEvent(rawBody: Buffer): { id?: string; type: string; objectId?: string } | undefined {
	try {
		const event = JSON.parse(rawBody.toString('utf8')) as { id?: unknown; type?: unknown; data?: { object?: { id?: unknown } } };
		if (typeof event.type !== 'string') return undefined;
		const objectId = event.data?.object?.id;
		return { id: typeof event.id === 'string' ? event.id : undefined, type: event.type, objectId: typeof objectId === 'string' ? objectId : undefined };
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
