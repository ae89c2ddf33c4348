import type { Cursor } from '../../shared/trigger/cursor';

interface Lane {
	/** Settles when the walk that runs now (if any) and the one queued behind it are done. */
	tail: Promise<unknown>;
	/** A walk that waits to start: a delivery arriving now is covered by it. */
	queued?: Promise<unknown>;
	/** The cursor after this process's last walk, with the generation it belongs to. */
	memory?: { generation: string; cursor: Cursor };
}

const lanes = new Map<string, Lane>();

/**
 * Runs one walk at a time per trigger in this process, coalescing doorbells: when a walk is
 * already queued (not started), a new delivery joins it instead of queuing another, because that
 * walk starts after the delivery arrived and so sees its object. The joiner gets `undefined`.
 */
export async function ring<T>(laneKey: string, walk: () => Promise<T>): Promise<T | undefined> {
	let lane = lanes.get(laneKey);
	if (!lane) lanes.set(laneKey, (lane = { tail: Promise.resolve() }));
	if (lane.queued) {
		await lane.queued.then(
			() => undefined,
			() => undefined,
		);
		return undefined;
	}
	const current = lane;
	const run = current.tail.then(async () => {
		current.queued = undefined;
		return await walk();
	});
	current.queued = run;
	current.tail = run.then(
		() => undefined,
		() => undefined,
	);
	return await run;
}

export function rememberedCursor(laneKey: string, generation: string): Cursor | undefined {
	const memory = lanes.get(laneKey)?.memory;
	return memory && memory.generation === generation ? memory.cursor : undefined;
}

export function rememberCursor(laneKey: string, generation: string, cursor: Cursor): void {
	const lane = lanes.get(laneKey);
	if (lane) lane.memory = { generation, cursor };
}
