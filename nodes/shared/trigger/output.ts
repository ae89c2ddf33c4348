import type { IDataObject } from 'n8n-workflow';

import type { StripeClient } from '../transport/client';
import { withCurrentObjects } from './currentObject';
import type { TriggerSettings } from './settings';

/**
 * The items both triggers emit for what a walk found: only what the user chose (more than 20
 * event types are filtered here), the objects read fresh when asked ("Fetch Current Object"),
 * then Simplify's documented fields or the raw output.
 */
export async function outputItems(
	/** Needed only with "Fetch Current Object". */
	client: StripeClient | undefined,
	settings: Pick<TriggerSettings, 'source' | 'simplify' | 'fetchCurrentObject'>,
	objects: IDataObject[],
): Promise<IDataObject[]> {
	const { source, simplify } = settings;
	const chosen = source.accept ? objects.filter(source.accept) : objects;
	const ready = client && settings.fetchCurrentObject && chosen.length > 0 ? await withCurrentObjects(client, chosen) : chosen;
	return ready.map((object) => (simplify ? source.simplify(object) : source.raw ? source.raw(object) : object));
}
