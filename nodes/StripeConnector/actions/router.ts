import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { DEFAULT_CONCURRENCY } from '../../shared/constants';
import { inKeyOrder } from '../../shared/helpers/inKeyOrder';
import { mapConcurrent } from '../../shared/helpers/mapConcurrent';
import { NotSentError, StripeClient } from '../../shared/transport/client';
import { encodeForm } from '../../shared/transport/formEncode';
import { stripeDetailsOf } from '../../shared/transport/stripeError';
import { failureReport, type ItemOutcome } from './failureReport';
import { ownKeyOf, updateKeyOf, workKeyOf } from './itemKeys';
import { resources } from './resources';
import { alreadyCreatedNote, alreadyMovedNote, runsAsTool, toolFailure, toolSetupFailure, type ToolCallInfo } from './toolResult';
import type { Effect, ItemCall, Operation } from './types';

interface PreparedItem {
	call: ItemCall;
	idempotencyKey?: string;
}

interface RunSettings {
	/** Undefined for a resource/operation pair the node does not have. */
	definition?: Operation;
	effect: Effect;
	resource: string;
	/** `resource.operation` */
	operation: string;
	/** What the model is told failed, in the operation's own `action` words. */
	toolCall: ToolCallInfo;
	concurrency: number;
	requestsPerSecond: number;
	deduplicateReruns: boolean;
	/** Called by an AI agent: failures answer the model instead of failing the node (toolResult.ts). */
	asTool: boolean;
}

/**
 * Runs the items in two phases. First every item's request is built and checked, so that bad
 * input fails the node before anything is written. Then the requests go out in input order with
 * bounded concurrency (paced by the client); once an item has failed for good, no new item is
 * started — those in flight finish — and the node fails with a report of what happened to the
 * others (n8n discards a failed node's output; the user's fix is Retry, see idempotency.ts).
 * With Continue On Fail, failed items become `error` items and nothing stops; as an agent's tool,
 * a failure becomes one readable sentence for the model (toolResult.ts).
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const settings = runSettings(this);
	const continueOnFail = this.continueOnFail() || settings.asTool;
	const { requestsPerSecond } = settings;
	const created = await StripeClient.create(this, requestsPerSecond > 0 ? { requestsPerSecond } : {}).then(
		(client) => ({ client }),
		(error: Error) => ({ error }),
	);
	if ('error' in created) {
		// A missing key or a refused Base URL: the agent still gets an answer, not a throw.
		if (!settings.asTool) throw created.error;
		const answer = toolAnswer(this, toolSetupFailure(created.error, settings.toolCall));
		return [items.map((_item, itemIndex) => ({ json: answer, pairedItem: { item: itemIndex } }))];
	}
	const { client } = created;

	const prepared = items.map((_item, itemIndex): PreparedItem | { error: Error } => {
		try {
			return prepareItem(this, itemIndex, settings);
		} catch (error) {
			return { error: error as Error };
		}
	});
	const invalid = prepared.find((entry): entry is { error: Error } => 'error' in entry);
	if (invalid && !continueOnFail) throw nothingSent(invalid.error, items.length);

	// Stop as a run one item at a time would: once item n failed, nothing after n is sent, while the
	// items before n still are (under load, a later item's failure can come back before an earlier
	// item got its turn).
	let firstFailed = Number.POSITIVE_INFINITY;
	const failed = () => firstFailed !== Number.POSITIVE_INFINITY;
	const stoppedAfter = (itemIndex: number) => () => !continueOnFail && firstFailed < itemIndex;
	const afterSameKey = inKeyOrder();
	const outcomes = await mapConcurrent(
		prepared,
		{ limit: () => client.inFlightLimit(settings.concurrency), stopped: () => failed() && !continueOnFail },
		async (entry, itemIndex): Promise<ItemOutcome> => {
			if ('error' in entry) return entry;
			try {
				return await afterSameKey(onceKeyOf(entry), () => send(client, entry, stoppedAfter(itemIndex)));
			} catch (error) {
				if (error instanceof NotSentError) return { notSent: true };
				firstFailed = Math.min(firstFailed, itemIndex);
				return { error: error as Error };
			}
		},
	);

	if (!continueOnFail && failed()) throw failureReport(outcomes, settings);
	const output: INodeExecutionData[] = [];
	const replayed: number[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (!outcome || 'notSent' in outcome) continue;
		if ('error' in outcome) {
			output.push({ json: errorItem(this, outcome.error, settings), pairedItem: { item: itemIndex } });
			continue;
		}
		if (outcome.replayed) replayed.push(itemIndex);
		for (const json of outcome.json) {
			const note = outcome.replayed && settings.asTool ? { note: alreadyDoneNote(json, settings) } : {};
			output.push({ json: { ...note, ...json }, pairedItem: { item: itemIndex } });
		}
	}
	if (replayed.length) this.addExecutionHints(replayHint(replayed, items.length, settings.effect));
	return [output];
}

function runSettings(ctx: IExecuteFunctions): RunSettings {
	// Resource and operation cannot come from an expression: the first item's hold for all.
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const definition = resources[resource]?.operations[operation];
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const concurrency = Number(options.maxConcurrency ?? DEFAULT_CONCURRENCY) || DEFAULT_CONCURRENCY;
	return {
		definition,
		effect: definition?.effect ?? 'read',
		resource,
		operation: `${resource}.${operation}`,
		toolCall: { resource, action: actionOf(resource, operation) },
		concurrency,
		requestsPerSecond: Number(options.requestsPerSecond ?? 0),
		deduplicateReruns: options.deduplicateReruns !== false,
		asTool: runsAsTool(ctx),
	};
}

/** A failed item's output with Continue On Fail (Stripe's error fields), or the model's answer in tool mode. */
function errorItem(ctx: IExecuteFunctions, error: Error, settings: RunSettings): IDataObject {
	if (!settings.asTool) return { error: stripeDetailsOf(error) ?? { message: error.message } };
	return toolAnswer(ctx, toolFailure(error, settings.toolCall));
}

/** The model gets the sentence; the execution log keeps the failure visible to the workflow's owner. */
function toolAnswer(ctx: IExecuteFunctions, answer: IDataObject): IDataObject {
	ctx.logger.warn(`Stripe Connector tool call failed: ${String(answer.error)}`);
	ctx.addExecutionHints({ message: String(answer.error), type: 'warning', location: 'outputPane' });
	return answer;
}

/** The `action` the node's Operation selector shows for this operation ("Get a customer by ID"). */
function actionOf(resource: string, operation: string): string {
	const selector = resources[resource]?.description.find((property) => property.name === 'operation');
	const option = selector?.options?.find((entry) => 'value' in entry && entry.value === operation);
	return (option && 'action' in option && option.action) || `${operation} ${resource}`;
}

function prepareItem(ctx: IExecuteFunctions, itemIndex: number, settings: RunSettings): PreparedItem {
	const { definition } = settings;
	if (!definition) throw new Error(`The operation "${settings.operation}" is not supported`);
	const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	const call = definition.prepare({ ctx, itemIndex, simplify });
	if (!('request' in call) || call.request.method !== 'POST') return { call };
	return { call, idempotencyKey: idempotencyKeyOf(ctx, itemIndex, settings, call.request) };
}

function idempotencyKeyOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	request: { method: string; path: string; body?: Parameters<typeof encodeForm>[0] },
): string {
	const keyedOnWork = settings.effect === 'create' || settings.effect === 'transition';
	if (!keyedOnWork) return updateKeyOf(ctx, itemIndex, settings.operation);
	const exactRequest = `${request.method} ${request.path}\n${encodeForm(request.body ?? {})}`;
	return (
		ownKeyOf(ctx, itemIndex, settings.operation) ??
		workKeyOf(ctx, itemIndex, settings.operation, exactRequest, settings.deduplicateReruns) ??
		updateKeyOf(ctx, itemIndex, settings.operation)
	);
}

/** Items that share a key Stripe honours once wait for the earlier item with it (see SingleCall.onceKey). */
function onceKeyOf(item: PreparedItem): string | undefined {
	return ('onceKey' in item.call && item.call.onceKey) || item.idempotencyKey;
}

async function send(client: StripeClient, item: PreparedItem, stopped: () => boolean): Promise<ItemOutcome> {
	const { call } = item;
	if (!('request' in call)) return { json: await call.collect(client, stopped), replayed: false };
	const answer = await client.call<IDataObject>({ ...call.request, idempotencyKey: item.idempotencyKey, stopped }).catch((error: Error) => {
		throw call.explain && !(error instanceof NotSentError) ? call.explain(error) : error;
	});
	return { json: [call.output(answer.body)], replayed: answer.replayed };
}

/** Bad input is found before the first request: say so, since it means nothing was written. */
function nothingSent(error: Error, itemCount: number): Error {
	if (itemCount > 1 && 'description' in error) {
		const note = 'Nothing was sent to Stripe: every item is checked before the first request.';
		const described = error as Error & { description?: string | null };
		described.description = described.description ? `${described.description} ${note}` : note;
	}
	return error;
}

/** Said to the model when Stripe answered with a stored result: the object was created, or moved, by an earlier call. */
function alreadyDoneNote(object: IDataObject, settings: RunSettings): string {
	return settings.effect === 'transition' ? alreadyMovedNote(object, settings.toolCall.action) : alreadyCreatedNote(object, settings.resource);
}

function replayHint(itemIndexes: number[], total: number, effect: Effect) {
	const shown = itemIndexes.slice(0, 10).map((index) => index + 1).join(', ');
	const more = itemIndexes.length > 10 ? ` and ${itemIndexes.length - 10} more` : '';
	return {
		message:
			`${itemIndexes.length} of ${total} item${total === 1 ? '' : 's'} ${itemIndexes.length === 1 ? 'was' : 'were'} already ${effect === 'transition' ? 'changed' : 'created'} by an earlier run of the same work ` +
			`(item${itemIndexes.length === 1 ? '' : 's'} ${shown}${more}): ${effect === 'transition' ? 'Stripe returned its answer of then instead of changing the object again.' : 'Stripe returned the object created then instead of a new one.'}`,
		location: 'outputPane' as const,
	};
}
