import type { Position } from './state';

/** A walk's result as a delivery sees it: `own` when this delivery's walk ran, false when it joined another's. */
export interface Rung<T> {
	own: boolean;
	result: T;
}

interface Lane {
	/** Settles when the walk that runs now (if any) and the one queued behind it are done. */
	tail: Promise<unknown>;
	/** A walk that waits to start: a delivery arriving now is covered by it. */
	queued?: Promise<unknown>;
	/** The newest position this process's walks reached, per generation (the last few generations). */
	memory: Map<string, Position>;
}

const GENERATIONS_KEPT = 4;

/**
 * The walks of this n8n process, one lane per trigger (workflow + node):
 * - one walk at a time per lane, so that two walks of one process never claim the same transition;
 * - coalescing: when a walk is already queued (not started), a new delivery joins it instead of
 *   queuing another, because that walk starts after the delivery arrived and so sees its object.
 *   The joiner gets the same result, with `own` false (it emits nothing itself);
 * - memory: the newest position reached, so that a walk never starts from a stale cursor that n8n
 *   loaded before an earlier walk's save, and so never claims a transition this process has won.
 */
export class WalkLanes {
	private readonly lanes = new Map<string, Lane>();

	async ring<T>(laneKey: string, walk: () => Promise<T>): Promise<Rung<T>> {
		const lane = this.lane(laneKey);
		if (lane.queued) return { own: false, result: (await lane.queued) as T };
		const run = lane.tail.then(async () => {
			lane.queued = undefined;
			return await walk();
		});
		lane.queued = run;
		lane.tail = run.then(
			() => undefined,
			() => undefined,
		);
		return { own: true, result: await run };
	}

	/** `loaded` (what n8n loaded) or the position remembered for its generation, whichever is further. */
	newest(laneKey: string, loaded: Position): Position {
		const remembered = this.lanes.get(laneKey)?.memory.get(loaded.generation);
		return remembered && remembered.n > loaded.n ? remembered : loaded;
	}

	/** The position remembered last, for a walk whose saved cursor is gone. */
	latest(laneKey: string): Position | undefined {
		const memory = this.lanes.get(laneKey)?.memory;
		return memory ? [...memory.values()].pop() : undefined;
	}

	/** Remembers `position` unless a further one of its generation is known: memory never goes back. */
	remember(laneKey: string, position: Position): void {
		const { memory } = this.lane(laneKey);
		const known = memory.get(position.generation);
		if (known && known.n >= position.n) return;
		memory.delete(position.generation);
		memory.set(position.generation, position);
		while (memory.size > GENERATIONS_KEPT) memory.delete(memory.keys().next().value as string);
	}

	private lane(laneKey: string): Lane {
		let lane = this.lanes.get(laneKey);
		if (!lane) this.lanes.set(laneKey, (lane = { tail: Promise.resolve(), memory: new Map() }));
		return lane;
	}
}

/** This process's lanes. */
export const processLanes = new WalkLanes();
