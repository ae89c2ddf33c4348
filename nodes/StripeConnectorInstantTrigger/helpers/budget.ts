import { sleep } from 'n8n-workflow';

/**
 * `work`'s value when it settles by `deadline` (epoch ms), else undefined at the deadline; a
 * rejection is passed on. `work` itself goes on either way (nothing can cancel it), so its owner
 * must decide, when it ends, whether it still counts.
 */
export async function settledBy<T>(work: Promise<T>, deadline: number, now: () => number = Date.now): Promise<{ value: T } | undefined> {
	let settled = false;
	const done = work.then(
		(value) => {
			settled = true;
			return { value };
		},
		(error: unknown) => {
			settled = true;
			throw error;
		},
	);
	const timeUp = (async () => {
		while (!settled && now() < deadline) await sleep(Math.max(1, Math.min(25, deadline - now())));
		return undefined;
	})();
	return await Promise.race([done, timeUp]);
}
