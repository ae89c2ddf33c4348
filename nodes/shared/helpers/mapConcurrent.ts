export interface ConcurrencyControl {
	/** How many tasks may be in flight now; read before each start, so it may change during the run. */
	limit: () => number;
	/** Once true, no further task is started; those in flight finish. */
	stopped?: () => boolean;
}

/**
 * Runs `task` over `inputs` in input order of starting, with at most `limit()` in flight, and
 * returns the results in input order. Inputs never started (the run was stopped) are `undefined`.
 * Tasks are expected to settle (callers turn per-item failures into results).
 */
export async function mapConcurrent<I, O>(
	inputs: readonly I[],
	control: number | ConcurrencyControl,
	task: (input: I, index: number) => Promise<O>,
): Promise<Array<O | undefined>> {
	const { limit, stopped = () => false } = typeof control === 'number' ? { limit: () => control } : control;
	const results = new Array<O | undefined>(inputs.length).fill(undefined);
	let next = 0;
	let inFlight = 0;
	return await new Promise((resolve, reject) => {
		const pump = () => {
			while (next < inputs.length && !stopped() && inFlight < Math.max(1, Math.floor(limit()))) {
				const index = next++;
				inFlight++;
				task(inputs[index], index).then((result) => {
					results[index] = result;
					inFlight--;
					pump();
				}, reject);
			}
			if (inFlight === 0 && (next >= inputs.length || stopped())) resolve(results);
		};
		pump();
	});
}
