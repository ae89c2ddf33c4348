import type { IDataObject } from 'n8n-workflow';

import { CURSOR_FIELD, readCursor, type Cursor } from '../../shared/trigger/cursor';

/**
 * What the instant trigger keeps in the workflow's static data ('node'):
 * - `endpoint` / `testEndpoint`: the Stripe webhook endpoint of the active workflow and of
 *   "Listen for test event" (kept apart so that a test never replaces the live endpoint). The
 *   signing secret lives only here: never in output, errors or logs.
 * - `cursor` (shared/trigger/cursor): where the walk over Stripe stands. It survives deactivation,
 *   which is what lets the objects created meanwhile arrive after reactivation.
 * - `generation`: changes whenever the cursor is started afresh, so that a walk never mixes a
 *   cursor remembered in memory with one from an earlier start, nor reuses its claim keys.
 * - `transition`: how many walks have moved the cursor in this generation. The walk from
 *   transition n claims "n → n+1" once (claims.ts); it is saved with the cursor it led to.
 * - `endpointsToDelete`: ids of endpoints whose delete failed, retried at every hook call.
 */
export interface StoredEndpoint {
	id: string;
	secret: string;
	url: string;
	events: string[];
	apiVersion: string;
}

/** Where a walk starts: a cursor, its generation and its transition number. */
export interface Position {
	generation: string;
	n: number;
	cursor: Cursor;
}

export const GENERATION_FIELD = 'generation';
const TRANSITION_FIELD = 'transition';
const TO_DELETE_FIELD = 'endpointsToDelete';

const endpointField = (test: boolean) => (test ? 'testEndpoint' : 'endpoint');

export function readEndpoint(staticData: IDataObject, test: boolean): StoredEndpoint | undefined {
	const value = staticData[endpointField(test)] as Partial<StoredEndpoint> | undefined;
	if (!value || typeof value.id !== 'string' || typeof value.secret !== 'string') return undefined;
	return value as StoredEndpoint;
}

export function writeEndpoint(staticData: IDataObject, test: boolean, endpoint: StoredEndpoint | undefined): void {
	if (endpoint) staticData[endpointField(test)] = endpoint as unknown as IDataObject;
	else if (endpointField(test) in staticData) delete staticData[endpointField(test)];
}

/** The saved position, or undefined when there is no cursor for `sourceKey` (never started, lost or edited). */
export function readPosition(staticData: IDataObject, sourceKey: string): Position | undefined {
	const cursor = readCursor(staticData);
	if (!cursor || cursor.key !== sourceKey) return undefined;
	const n = Number(staticData[TRANSITION_FIELD] ?? 0);
	return { generation: String(staticData[GENERATION_FIELD] ?? ''), n: Number.isSafeInteger(n) && n >= 0 ? n : 0, cursor };
}

export function writePosition(staticData: IDataObject, position: Position): void {
	staticData[CURSOR_FIELD] = position.cursor as unknown as IDataObject;
	staticData[GENERATION_FIELD] = position.generation;
	staticData[TRANSITION_FIELD] = position.n;
}

export function endpointsToDelete(staticData: IDataObject): string[] {
	const value = staticData[TO_DELETE_FIELD];
	return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** Written only when the list changes: n8n saves static data only when something was written. */
export function setEndpointsToDelete(staticData: IDataObject, ids: string[]): void {
	const before = endpointsToDelete(staticData);
	if (before.length === ids.length && before.every((id, index) => id === ids[index])) return;
	if (ids.length) staticData[TO_DELETE_FIELD] = ids;
	else delete staticData[TO_DELETE_FIELD];
}
