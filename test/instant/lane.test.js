'use strict';
/** The in-process queue of the instant trigger's walks, driven step by step: overlaps are staged, never left to chance. */
const { WalkLanes } = require('../../nodes/StripeConnectorInstantTrigger/helpers/lane.ts');

/** A promise settled from outside, to hold a walk where the test wants it. */
function deferred() {
	let resolve;
	let reject;
	const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

/** Lets every pending promise callback run. */
const flush = async () => {
	for (let i = 0; i < 10; i++) await Promise.resolve();
};

const position = (n, generation = 'g1') => ({ generation, n, cursor: { v: 1, key: 'customer', since: n, floor: n, seen: {} } });

describe('one walk at a time per trigger', () => {
	test('a walk that has not started yet covers every delivery that arrives before it starts', async () => {
		const lanes = new WalkLanes();
		let walks = 0;
		const rungs = [lanes.ring('wf', async () => ++walks), lanes.ring('wf', async () => ++walks)];
		expect(await Promise.all(rungs)).toEqual([
			{ own: true, result: 1 },
			{ own: false, result: 1 },
		]);
	});

	test('a walk rung while another runs waits for it; walks of other triggers do not', async () => {
		const lanes = new WalkLanes();
		const log = [];
		const first = deferred();
		const a = lanes.ring('wf1', async () => (log.push('a starts'), await first.promise, log.push('a ends'), 'a'));
		await flush(); // a has started: b comes after
		const b = lanes.ring('wf1', async () => (log.push('b starts'), 'b'));
		const other = lanes.ring('wf2', async () => (log.push('other starts'), 'other'));
		await flush();
		expect(log).toEqual(['a starts', 'other starts']);
		first.resolve();
		expect(await Promise.all([a, b, other])).toEqual([
			{ own: true, result: 'a' },
			{ own: true, result: 'b' },
			{ own: true, result: 'other' },
		]);
		expect(log).toEqual(['a starts', 'other starts', 'a ends', 'b starts']);
	});

	test('deliveries arriving while a walk is queued join it: one walk for all of them, its result shared, only the first owns it', async () => {
		const lanes = new WalkLanes();
		const running = deferred();
		let walks = 0;
		const walk = (name) => async () => {
			walks++;
			if (name === 'running') await running.promise;
			return name;
		};
		const first = lanes.ring('wf', walk('running'));
		await flush();
		const queued = lanes.ring('wf', walk('queued'));
		const joiners = [lanes.ring('wf', walk('never 1')), lanes.ring('wf', walk('never 2'))];
		running.resolve();
		expect(await first).toEqual({ own: true, result: 'running' });
		expect(await queued).toEqual({ own: true, result: 'queued' });
		expect(await Promise.all(joiners)).toEqual([
			{ own: false, result: 'queued' },
			{ own: false, result: 'queued' },
		]);
		expect(walks).toBe(2);
	});

	test('a delivery arriving after the queued walk started queues a new one (the started walk may have listed before its object existed)', async () => {
		const lanes = new WalkLanes();
		const second = deferred();
		const starts = [];
		const first = lanes.ring('wf', async () => (starts.push(1), 1));
		await flush();
		const queued = lanes.ring('wf', async () => (starts.push(2), await second.promise, 2));
		await first;
		await flush();
		expect(starts).toEqual([1, 2]);
		const late = lanes.ring('wf', async () => (starts.push(3), 3));
		second.resolve();
		expect([await queued, await late]).toEqual([
			{ own: true, result: 2 },
			{ own: true, result: 3 },
		]);
	});

	test('a walk that throws fails its owner and joiners, and the lane goes on', async () => {
		const lanes = new WalkLanes();
		const hold = deferred();
		const first = lanes.ring('wf', async () => await hold.promise);
		await flush();
		const failing = lanes.ring('wf', async () => {
			throw new Error('Stripe unreachable');
		});
		const joiner = lanes.ring('wf', async () => 'never');
		hold.resolve('ok');
		await expect(first).resolves.toEqual({ own: true, result: 'ok' });
		await expect(failing).rejects.toThrow('Stripe unreachable');
		await expect(joiner).rejects.toThrow('Stripe unreachable');
		await expect(lanes.ring('wf', async () => 'after')).resolves.toEqual({ own: true, result: 'after' });
	});
});

describe('memory of the newest position', () => {
	test('a stale loaded position is replaced by the newer one this process reached; a newer loaded one wins', () => {
		const lanes = new WalkLanes();
		lanes.remember('wf', position(5));
		expect(lanes.newest('wf', position(3))).toEqual(position(5));
		expect(lanes.newest('wf', position(7))).toEqual(position(7));
	});

	test('never goes back: remembering an older position keeps the newer one', () => {
		const lanes = new WalkLanes();
		lanes.remember('wf', position(5));
		lanes.remember('wf', position(4));
		expect(lanes.newest('wf', position(0))).toEqual(position(5));
	});

	test('generations are apart: a cursor started afresh is not replaced by one of an earlier start', () => {
		const lanes = new WalkLanes();
		lanes.remember('wf', position(9, 'old'));
		expect(lanes.newest('wf', position(0, 'new'))).toEqual(position(0, 'new'));
		lanes.remember('wf', position(1, 'new'));
		expect(lanes.latest('wf')).toEqual(position(1, 'new'));
		expect(lanes.newest('wf', position(2, 'old'))).toEqual(position(9, 'old'));
	});

	test('triggers are apart', () => {
		const lanes = new WalkLanes();
		lanes.remember('wf1', position(5));
		expect(lanes.newest('wf2', position(1))).toEqual(position(1));
		expect(lanes.latest('wf2')).toBeUndefined();
	});
});
