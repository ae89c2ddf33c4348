import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { dateValue } from '../../shared/helpers/dateValue';
import type { StripeClient } from '../../shared/transport/client';
import type { FormValue } from '../../shared/transport/formEncode';
import { listPages, searchPages } from '../../shared/transport/listPages';
import { invalid, locatorId } from '../helpers/fields';
import type { ItemParameters, PagedCall } from './types';

/** Stripe's largest page, for lists and searches alike. */
const PAGE_MAX = 100;

export interface ReadManyTarget {
	collection: `/v1/${string}`;
	output(object: IDataObject, simplify: boolean): IDataObject;
	/** Expansions (of one object) the simplified output reads. */
	expand?: string[];
}

/** Return All and Limit, for a Get Many or Search operation's fields. */
export const readManyProperties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** The Search Query field of the resource's Search operation. */
export function searchQueryProperty(example: string, fields: string): INodeProperties {
	return {
		displayName: 'Search Query',
		name: 'query',
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${example}`,
		description: `A query in <a href="https://docs.stripe.com/search#search-query-language">Stripe's search query language</a>, on ${fields}. Objects created or changed in the last minute may not be found yet.`,
	};
}

/** The "Filters" collection of a Get Many operation. */
export function filtersProperty(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options };
}

export const createdAfterFilter: INodeProperties = {
	displayName: 'Created After',
	name: 'createdAfter',
	type: 'dateTime',
	default: '',
	description: 'Only objects created at or after this moment (to the second)',
};

export const createdBeforeFilter: INodeProperties = {
	displayName: 'Created Before',
	name: 'createdBefore',
	type: 'dateTime',
	default: '',
	description: 'Only objects created at or before this moment (to the second)',
};

/** The `created` filter of a list request. */
export type CreatedRange = { created?: { gte?: number; lte?: number } };

/** `created[gte|lte]` in Stripe's whole seconds, inclusive at both ends, from the date filters. */
export function createdQuery({ ctx, itemIndex }: ItemParameters, filters: IDataObject): CreatedRange {
	const node = ctx.getNode();
	const seconds = (field: string, label: string): number | undefined => {
		const date = dateValue(filters[field], ctx.getTimezone());
		if (!date) return undefined;
		if (!date.isValid) throw invalid(node, itemIndex, label, `"${String(filters[field])}" is not a date (use ISO 8601, e.g. 2025-01-31T12:00:00)`);
		return Math.floor(date.toSeconds());
	};
	const gte = seconds('createdAfter', 'Created After');
	const lte = seconds('createdBefore', 'Created Before');
	if (gte === undefined && lte === undefined) return {};
	if (gte !== undefined && lte !== undefined && gte > lte) throw invalid(node, itemIndex, 'Created After', 'is later than "Created Before"');
	return { created: { gte, lte } };
}

/** A Get Many filter holding a Stripe ID: its name in Filters, Stripe's query parameter, its label. */
export type IdFilter = readonly [name: string, param: string, label: string];

/** The Get Many's Filters and the query they start: the created range, then the ID filters (each checked). */
export function filterQuery(item: ItemParameters, ids: readonly IdFilter[] = []): { filters: IDataObject; qs: Record<string, FormValue> } {
	const filters = item.ctx.getNodeParameter('filters', item.itemIndex, {}) as IDataObject;
	return { filters, qs: { ...createdQuery(item, filters), ...idQuery(item, filters, ids) } };
}

/** The ID filters that are set, each checked as a Stripe ID (a plain string or a locator's value). */
export function idQuery({ ctx, itemIndex }: ItemParameters, filters: IDataObject, ids: readonly IdFilter[]): Record<string, string> {
	const qs: Record<string, string> = {};
	for (const [name, param, label] of ids) {
		if (filters[name]) qs[param] = locatorId(ctx.getNode(), itemIndex, label, filters[name]);
	}
	return qs;
}

/** Get Many: the collection newest first, page by page (starting_after), up to Limit. */
export function prepareGetAll(target: ReadManyTarget, item: ItemParameters, filters: Record<string, FormValue>): PagedCall {
	const max = maxResults(item);
	const qs = { ...filters, ...listExpansion(target, item) };
	return {
		collect: async (client: StripeClient, stopped: () => boolean) =>
			await collectUpTo(
				listPages<IDataObject & { id: string }>(client, { path: target.collection, qs, pageSize: Math.min(PAGE_MAX, max), stopped }),
				max,
				(object) => target.output(object, item.simplify),
			),
	};
}

/** Search: the query's matches page by page (next_page), up to Limit. */
export function prepareSearch(target: ReadManyTarget, item: ItemParameters): PagedCall {
	const query = String(item.ctx.getNodeParameter('query', item.itemIndex, '') ?? '').trim();
	if (query === '') {
		throw invalid(item.ctx.getNode(), item.itemIndex, 'Search Query', 'is empty: enter a Stripe search query, e.g. email:\'ada@example.com\'');
	}
	const max = maxResults(item);
	return {
		collect: async (client: StripeClient, stopped: () => boolean) =>
			await collectUpTo(
				searchPages<IDataObject>(client, { path: `${target.collection}/search`, query, pageSize: Math.min(PAGE_MAX, max), stopped, ...listExpansion(target, item) }),
				max,
				(object) => target.output(object, item.simplify),
			),
	};
}

/** A list's or search's `expand`: the target's expansions under each of `data`. */
function listExpansion(target: ReadManyTarget, item: ItemParameters): { expand?: string[] } {
	return item.simplify && target.expand ? { expand: target.expand.map((path) => `data.${path}`) } : {};
}

/** Limit, or no limit with Return All; a Limit from an expression must be a whole number ≥ 1. */
function maxResults({ ctx, itemIndex }: ItemParameters): number {
	if (ctx.getNodeParameter('returnAll', itemIndex, false) === true) return Number.POSITIVE_INFINITY;
	const raw = ctx.getNodeParameter('limit', itemIndex, 50);
	const limit = Number(raw);
	if (!Number.isInteger(limit) || limit < 1) throw invalid(ctx.getNode(), itemIndex, 'Limit', `must be a whole number of at least 1, not "${String(raw)}"`);
	return limit;
}

/** Only the page in hand is held: stopping at `max` leaves the rest unfetched. */
async function collectUpTo(pages: AsyncGenerator<IDataObject[]>, max: number, output: (object: IDataObject) => IDataObject): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	for await (const page of pages) {
		for (const object of page) {
			results.push(output(object));
			if (results.length >= max) return results;
		}
	}
	return results;
}
