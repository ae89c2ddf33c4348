/**
 * Tasks that share a key run one after another, in the order they were handed in; tasks without a
 * key, or with different keys, run as they come. The action node uses it so that items sharing a
 * value Stripe accepts once reach Stripe in input order (router.ts).
 */
export function inKeyOrder() {
	const last = new Map<string, Promise<unknown>>();
	return async <T>(key: string | undefined, task: () => Promise<T>): Promise<T> => {
		if (key === undefined) return await task();
		const turn = (last.get(key) ?? Promise.resolve()).then(task);
		last.set(key, turn.catch(() => undefined));
		return await turn;
	};
}
