import type { IDataObject } from 'n8n-workflow';

/**
 * What the instant trigger keeps in the workflow's static data ('node'):
 * - `endpoint` / `testEndpoint`: the Stripe webhook endpoint of the active workflow and of
 *   "Listen for test event" (kept apart so that a test never replaces the live endpoint). The
 *   signing secret lives only here: never in output, errors or logs.
 * - `cursor` (shared/trigger/cursor): where the walk over Stripe stands. It survives deactivation,
 *   which is what lets the objects created meanwhile arrive after reactivation.
 * - `generation`: changes whenever the cursor is started afresh, so that a walk never mixes a
 *   cursor remembered in memory with one from an earlier start.
 */
export interface StoredEndpoint {
	id: string;
	secret: string;
	url: string;
	events: string[];
	apiVersion: string;
}

export const GENERATION_FIELD = 'generation';

const endpointField = (test: boolean) => (test ? 'testEndpoint' : 'endpoint');

export function readEndpoint(staticData: IDataObject, test: boolean): StoredEndpoint | undefined {
	const value = staticData[endpointField(test)] as Partial<StoredEndpoint> | undefined;
	if (!value || typeof value.id !== 'string' || typeof value.secret !== 'string') return undefined;
	return value as StoredEndpoint;
}

export function writeEndpoint(staticData: IDataObject, test: boolean, endpoint: StoredEndpoint | undefined): void {
	if (endpoint) staticData[endpointField(test)] = endpoint as unknown as IDataObject;
	else delete staticData[endpointField(test)];
}
