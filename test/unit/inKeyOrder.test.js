'use strict';
const { inKeyOrder } = require('../../nodes/shared/helpers/inKeyOrder.ts');

/** A task that finishes when the test says so, and records when it started and ended. */
function controlled(name, log) {
	let finish;
	let fail;
	const task = () => {
		log.push(`start ${name}`);
		return new Promise((resolve, reject) => {
			finish = () => {
				log.push(`end ${name}`);
				resolve(name);
			};
			fail = () => {
				log.push(`fail ${name}`);
				reject(new Error(name));
			};
		});
	};
	return { task, finish: () => finish(), fail: () => fail() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('inKeyOrder', () => {
	test('a task waits for the earlier task with its key; other keys and no key run at once', async () => {
		const log = [];
		const run = inKeyOrder();
		const [a1, a2, b, none] = ['a1', 'a2', 'b', 'none'].map((name) => controlled(name, log));
		const results = [run('a', a1.task), run('a', a2.task), run('b', b.task), run(undefined, none.task)];
		await settle();
		expect([...log].sort()).toEqual(['start a1', 'start b', 'start none']);
		b.finish();
		none.finish();
		a1.finish();
		await settle();
		expect(log.slice(-1)).toEqual(['start a2']);
		a2.finish();
		await expect(Promise.all(results)).resolves.toEqual(['a1', 'a2', 'b', 'none']);
	});

	test('a failed task still lets the next one with its key go, and its own caller gets the failure', async () => {
		const log = [];
		const run = inKeyOrder();
		const [first, second] = ['first', 'second'].map((name) => controlled(name, log));
		const failed = run('k', first.task);
		const next = run('k', second.task);
		await settle();
		first.fail();
		await expect(failed).rejects.toThrow('first');
		await settle();
		second.finish();
		await expect(next).resolves.toBe('second');
		expect(log).toEqual(['start first', 'fail first', 'start second', 'end second']);
	});
});
