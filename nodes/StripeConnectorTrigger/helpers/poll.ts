import { DateTime } from 'luxon';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { dateValue } from '../../shared/helpers/dateValue';
import { StripeClient } from '../../shared/transport/client';
import { stripeDetailsOf } from '../../shared/transport/stripeError';
import { CURSOR_FIELD, lookBackLost, lookBackLostMessage, newCursor, readCursor, type Cursor } from '../../shared/trigger/cursor';
import { expansionRefused } from '../../shared/trigger/expansionRefused';
import { beforeHorizon, horizonMessage } from '../../shared/trigger/horizon';
import { outputItems } from '../../shared/trigger/output';
import { readTriggerSettings, type TriggerSettings as SharedSettings } from '../../shared/trigger/settings';
import type { EventSource } from '../../shared/trigger/sources';
import { collectNew, mostRecent, startNow } from '../../shared/trigger/walk';

/** A poll may use this share of n8n's poll budget for fetching; the rest is left for emitting. */
const BUDGET_SHARE = 0.5;
const DEFAULT_BUDGET_MS = 5 * 60 * 1000;
const TRIGGER = 'Stripe Connector Trigger';

interface TriggerSettings extends SharedSettings {
	startFrom?: { second: number; text: string };
}

export async function pollStripe(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const settings = readSettings(this);
	const client = await StripeClient.create(this);
	try {
		if (this.getMode() === 'manual') return await fetchTestEvent(this, client, settings);
		return await pollForNew(this, client, settings);
	} catch (error) {
		throw legacyOrdersGone(this, settings.source, error) ?? expansionRefused(this.getNode(), settings.source, settings.simplify, error) ?? error;
	}
}

/** "Fetch Test Event": the most recent real object, for mapping fields. The cursor is not touched. */
async function fetchTestEvent(
	ctx: IPollFunctions,
	client: StripeClient,
	settings: TriggerSettings,
): Promise<INodeExecutionData[][]> {
	const { source } = settings;
	const object = await mostRecent(client, settings);
	if (!object) {
		const where = client.mode === 'unknown' ? 'this Stripe account' : `this Stripe account (${client.mode} mode)`;
		throw new NodeOperationError(ctx.getNode(), `No ${source.noun} found in ${where} — ${source.howToCreate}, then fetch again`, {
			description:
				'"Fetch Test Event" shows the most recent real object so that you can map its fields. The active trigger is not affected.',
		});
	}
	return [ctx.helpers.returnJsonArray(await outputItems(client, settings, [object]))];
}

async function pollForNew(
	ctx: IPollFunctions,
	client: StripeClient,
	settings: TriggerSettings,
): Promise<INodeExecutionData[][] | null> {
	const { source, startFrom } = settings;
	const staticData = ctx.getWorkflowStaticData('node');
	let cursor = readCursor(staticData);
	const restart = !cursor || cursor.key !== source.key || (startFrom !== undefined && cursor.startFrom !== startFrom.text);
	if (restart) {
		if (!startFrom) {
			// Start from now: what exists counts as seen. Saved at activation; nothing to emit.
			staticData[CURSOR_FIELD] = (await startNow(client, source, settings.lookBackSeconds)) as unknown as IDataObject;
			return null;
		}
		// A start date is deterministic: if this cursor is not saved, the next poll starts the same.
		cursor = newCursor(source.key, startFrom.second, startFrom.second, startFrom.text);
		staticData[CURSOR_FIELD] = cursor as unknown as IDataObject;
		if (source.events && beforeHorizon(startFrom.second, Date.now())) ctx.logger.warn(horizonMessage(TRIGGER, startFrom.second, undefined));
	}

	const started = Date.now();
	const budget = typeof ctx.getPollBudgetMs === 'function' ? ctx.getPollBudgetMs() : DEFAULT_BUDGET_MS;
	const result = await collectNew(client, cursor as Cursor, {
		source,
		simplify: settings.simplify,
		maxItems: settings.maxItems,
		lookBackSeconds: settings.lookBackSeconds,
		deadline: started + budget * BUDGET_SHARE,
		now: () => Date.now(),
	});
	if (result.horizonPassed) ctx.logger.warn(horizonMessage(TRIGGER, (cursor as Cursor).since, result.objects[0]?.created));
	if (result.objects.length === 0) return null;
	// Advanced only with what is emitted: n8n saves static data together with these items. (Past
	// events of types not chosen, beyond Stripe's filter of 20, the cursor moves without emitting.)
	staticData[CURSOR_FIELD] = result.cursor as unknown as IDataObject;
	const lost = lookBackLost(cursor as Cursor, result.cursor, settings.lookBackSeconds);
	if (lost > 0) ctx.logger.warn(`${TRIGGER}: ${lookBackLostMessage(lost)}`);
	const items = await outputItems(client, settings, result.objects);
	if (items.length === 0) return null;
	return [ctx.helpers.returnJsonArray(items)];
}

function readSettings(ctx: IPollFunctions): TriggerSettings {
	const settings = readTriggerSettings(ctx, 'maxItemsPerPoll');
	return { ...settings, startFrom: parseStartFrom(ctx, settings.options.startFrom) };
}

function parseStartFrom(ctx: IPollFunctions, value: unknown): TriggerSettings['startFrom'] {
	const date = dateValue(value, ctx.getTimezone());
	if (!date) return undefined;
	if (!date.isValid) {
		throw new NodeOperationError(ctx.getNode(), `"Start From" is not a valid date: ${String(value)}`, {
			description: 'Pick a date and time, or clear the option to start from now.',
		});
	}
	const second = Math.max(0, Math.floor(date.toSeconds()));
	return { second, text: DateTime.fromSeconds(second, { zone: 'utc' }).toISO() ?? String(second) };
}

function legacyOrdersGone(ctx: IPollFunctions, source: EventSource, error: unknown): NodeOperationError | undefined {
	if (!source.legacyOrders || stripeDetailsOf(error)?.status !== 404) return undefined;
	const details = stripeDetailsOf(error);
	return new NodeOperationError(ctx.getNode(), 'The legacy Orders API is gone for this Stripe account', {
		description:
			`Stripe no longer answers /v1/orders here (${details?.message ?? 'HTTP 404'}). ` +
			'Stripe retired the Orders API in 2019. Set "Order Source" to "Checkout Sessions" to trigger on completed checkouts, today\'s orders.',
	});
}
