import type { IDataObject, INode } from 'n8n-workflow';

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
	options: IDataObject;
}

/** The Event, Order Source, Simplify and the shared options; `maxItemsOption` names this trigger's cap. */
export function readTriggerSettings(ctx: ParameterReader, maxItemsOption: string): TriggerSettings {
	const event = ctx.getNodeParameter('event') as TriggerEvent;
	const orderSource = (event === 'order' ? ctx.getNodeParameter('orderSource', 'checkoutSessions') : 'checkoutSessions') as OrderSource;
	const source = eventSource(event, orderSource);
	const simplify = ctx.getNodeParameter('simplify', true) as boolean;
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const maxItems = Math.max(0, Math.floor(Number(options[maxItemsOption] ?? 0) || 0));
	const hours = Number(options.lateCompletionWindow ?? CHECKOUT_SESSION_MAX_OPEN_HOURS);
	const lookBackHours = Number.isFinite(hours) ? Math.min(Math.max(hours, 0), CHECKOUT_SESSION_MAX_OPEN_HOURS) : 0;
	return {
		source,
		simplify,
		maxItems,
		lookBackSeconds: source.completesLate ? Math.round(lookBackHours * 3600) : 0,
		options,
	};
}
