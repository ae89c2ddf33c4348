import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INode } from 'n8n-workflow';

import type { ChosenEventType } from './eventsSource';
import { STRIPE_EVENT_TYPES } from './eventTypes';
import { CHECKOUT_SESSION_MAX_OPEN_HOURS, eventSource, type EventSource, type OrderSource, type TriggerEvent } from './sources';

/** What both triggers read from their parameters (the contexts differ; these three calls do not). */
export interface ParameterReader {
	getNodeParameter(name: string, fallbackValue?: unknown): unknown;
	getNode(): INode;
}

export interface TriggerSettings {
	source: EventSource;
	simplify: boolean;
	/** The most objects one run emits; 0 = no cap. */
	maxItems: number;
	lookBackSeconds: number;
	/** "Fetch Current Object" ("Any Event Type(s)" only): each event's object read fresh in the pinned version. */
	fetchCurrentObject: boolean;
	options: IDataObject;
}

/** The Event, Order Source, Simplify and the shared options; `maxItemsOption` names this trigger's cap. */
export function readTriggerSettings(ctx: ParameterReader, maxItemsOption: string): TriggerSettings {
	const event = ctx.getNodeParameter('event') as TriggerEvent;
	const orderSource = (event === 'order' ? ctx.getNodeParameter('orderSource', 'checkoutSessions') : 'checkoutSessions') as OrderSource;
	const eventTypes = event === 'anyEvent' ? readEventTypes(ctx) : [];
	const source = eventSource(event, orderSource, eventTypes);
	// Not stored when left at its default, which differs: the whole event for "Any Event Type(s)".
	const simplify = ctx.getNodeParameter('simplify', event !== 'anyEvent') as boolean;
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const maxItems = Math.max(0, Math.floor(Number(options[maxItemsOption] ?? 0) || 0));
	const hours = Number(options.lateCompletionWindow ?? CHECKOUT_SESSION_MAX_OPEN_HOURS);
	const lookBackHours = Number.isFinite(hours) ? Math.min(Math.max(hours, 0), CHECKOUT_SESSION_MAX_OPEN_HOURS) : 0;
	return {
		source,
		simplify,
		maxItems,
		lookBackSeconds: source.completesLate ? Math.round(lookBackHours * 3600) : 0,
		fetchCurrentObject: source.events === true && options.fetchCurrentObject === true,
		options,
	};
}

const KNOWN_EVENT_TYPES = new Set<string>(['*', ...STRIPE_EVENT_TYPES]);

/** The chosen event types, checked before any request: none, or one Stripe does not know, is refused. */
function readEventTypes(ctx: ParameterReader): ChosenEventType[] {
	const value = ctx.getNodeParameter('eventTypes', []) as unknown;
	const chosen = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map((type) => String(type).trim()).filter(Boolean);
	if (chosen.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'No event type chosen in "Event Types"', {
			description: 'Pick the Stripe event types that start the workflow (e.g. invoice.paid), or "* (All Events)".',
		});
	}
	const unknown = chosen.filter((type) => !KNOWN_EVENT_TYPES.has(type));
	if (unknown.length > 0) {
		throw new NodeOperationError(ctx.getNode(), `Unknown Stripe event type in "Event Types": ${unknown.join(', ')}`, {
			description: 'Pick event types from the list: they are the ones Stripe defines for this node\'s API version.',
		});
	}
	return chosen as ChosenEventType[];
}
