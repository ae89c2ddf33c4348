import { randomUUID } from 'crypto';
import type { IWebhookFunctions } from 'n8n-workflow';

import { StripeClient } from '../../shared/transport/client';
import { lookBackLost, lookBackLostMessage } from '../../shared/trigger/cursor';
import type { TriggerSettings } from '../../shared/trigger/settings';
import { horizonMessage } from '../../shared/trigger/horizon';
import { collectNew, startNow } from '../../shared/trigger/walk';
import { claimKey, claimToken, claimTransition } from './claims';
import { processLanes } from './lane';
import { readPosition, type Position, type StoredEndpoint } from './state';
import { takeTransition, type Transition } from './transition';

/** The share of the time budget for listing: no page is started after it once something was found; the rest is the claim's. */
const COLLECT_SHARE = 0.7;

/**
 * One delivery's walk, run in its trigger's lane. Its result counts only while the delivery can
 * still answer: `expire()` at the time budget makes a later win unused (not remembered, not saved).
 */
export class DeliveryWalk {
	readonly laneKey: string;

	private readonly scope: string;

	private expired = false;

	private won: Transition | undefined;

	constructor(
		private readonly ctx: IWebhookFunctions,
		private readonly settings: TriggerSettings,
		private readonly endpoint: StoredEndpoint,
		private readonly arrivedAt: number,
		private readonly budgetMs: number,
	) {
		const workflowId = String(ctx.getWorkflow().id ?? '');
		const nodeId = ctx.getNode().id;
		this.laneKey = `${workflowId}\u0000${nodeId}`;
		this.scope = `${workflowId}:${nodeId}`;
	}

	async run(): Promise<Transition> {
		const { ctx, settings, laneKey } = this;
		// Queued past its delivery's budget: Stripe was answered 503 already; the next walk does the work.
		if (this.expired) return { kind: 'failed', error: new Error('The walk was queued past its time budget') };
		const client = await StripeClient.create(ctx);
		const loaded = readPosition(ctx.getWorkflowStaticData('node'), settings.source.key);
		const latest = processLanes.latest(laneKey);
		const from = loaded ? processLanes.newest(laneKey, loaded) : latest?.cursor.key === settings.source.key ? latest : undefined;
		let result: Transition;
		if (!from) {
			// No usable cursor (static data lost or edited): start from now rather than replay history.
			const cursor = await startNow(client, settings.source, settings.lookBackSeconds);
			result = { kind: 'won', objects: [], next: { generation: randomUUID(), n: 0, cursor }, cut: false };
		} else {
			result = await takeTransition(
				from,
				{
					collect: async (cursor, until) => {
						const found = await collectNew(client, cursor, { ...settings, deadline: until, now: () => Date.now() });
						if (found.horizonPassed) {
							ctx.logger.warn(horizonMessage('Stripe Connector Instant Trigger', cursor.since, found.objects[0]?.created));
						}
						return found;
					},
					claim: async (generation, n) =>
						await claimTransition(client, this.endpoint.id, claimKey(this.scope, generation, n), claimToken(laneKey, generation, n)),
					now: () => Date.now(),
				},
				{ collectUntil: this.arrivedAt + this.budgetMs * COLLECT_SHARE, answerBy: this.arrivedAt + this.budgetMs, maxItems: settings.maxItems },
			);
		}
		if (result.kind !== 'won') return result;
		if (this.expired) return { kind: 'failed', error: new Error('The walk ended after its time budget') };
		processLanes.remember(laneKey, result.next);
		this.won = result;
		if (from) this.warnIfWindowShrank(from, result.next);
		return result;
	}

	/** At the time budget: the won result if the walk got that far, else the walk no longer counts. */
	expire(): { own: true; result: Transition } | undefined {
		if (this.won) return { own: true, result: this.won };
		this.expired = true;
		return undefined;
	}

	private warnIfWindowShrank(from: Position, next: Position): void {
		const lost = lookBackLost(from.cursor, next.cursor, this.settings.lookBackSeconds);
		if (lost > 0) {
			this.ctx.logger.warn(`Stripe Connector Instant Trigger: ${lookBackLostMessage(lost)}`);
		}
	}
}
