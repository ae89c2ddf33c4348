'use strict';
/** What Stripe replays and retries: stored 5xx results, lost answers on any request, and webhook redelivery. */
const http = require('node:http');
const { startEmulator } = require('.');

let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.control.reset());

async function post(path, body, idempotencyKey) {
	const response = await fetch(emu.url + path, {
		method: 'POST',
		headers: { authorization: `Bearer ${emu.keys.test}`, 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': idempotencyKey },
		body,
	});
	return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: await response.json() };
}

describe('idempotency replays as Stripe', () => {
	test('a 5xx stored under a key is replayed to the same parameters (Idempotent-Replayed: true); other parameters get idempotency_error', async () => {
		emu.control.injectFaults([{ kind: 'status', status: 500, stored: true, match: { path: '/v1/customers' } }]);
		const first = await post('/v1/customers', 'email=a%40example.com', 'k5');
		expect([first.status, first.replayed]).toEqual([500, null]);
		const again = await post('/v1/customers', 'email=a%40example.com', 'k5');
		expect([again.status, again.replayed, again.body.error.type]).toEqual([500, 'true', 'api_error']);
		const other = await post('/v1/customers', 'email=b%40example.com', 'k5');
		expect([other.status, other.body.error.type]).toEqual([400, 'idempotency_error']);
		expect(emu.control.list('customer')).toEqual([]);
	});

	test('a lost answer after the commit also hits replays: the write happened once, every lost attempt is counted', async () => {
		emu.control.injectFaults([{ kind: 'drop-after', match: { method: 'POST', path: '/v1/customers' }, times: 2 }]);
		await expect(post('/v1/customers', 'email=c%40example.com', 'd2')).rejects.toThrow();
		await expect(post('/v1/customers', 'email=c%40example.com', 'd2')).rejects.toThrow();
		const third = await post('/v1/customers', 'email=c%40example.com', 'd2');
		expect([third.status, third.replayed]).toEqual([200, 'true']);
		expect(emu.control.list('customer')).toHaveLength(1);
		expect(emu.control.stats().dropped).toBe(2);
	});
});

describe('webhook redelivery', () => {
	async function receiver(statuses) {
		const seen = [];
		const server = http.createServer((req, res) => {
			req.resume();
			req.on('end', () => {
				seen.push(req.headers['stripe-signature']);
				res.statusCode = statuses[seen.length - 1] ?? 200;
				res.end('{}');
			});
		});
		await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
		return { url: `http://127.0.0.1:${server.address().port}/hook`, seen, close: () => new Promise((resolve) => server.close(resolve)) };
	}

	async function endpointFor(url) {
		const response = await fetch(`${emu.url}/v1/webhook_endpoints`, {
			method: 'POST',
			headers: { authorization: `Bearer ${emu.keys.test}`, 'content-type': 'application/x-www-form-urlencoded' },
			body: `url=${encodeURIComponent(url)}&enabled_events[0]=customer.created`,
		});
		return await response.json();
	}

	test('a delivery answered non-2xx is sent again on the schedule until answered 2xx', async () => {
		const hook = await receiver([503, 500, 200]);
		try {
			await endpointFor(hook.url);
			emu.control.webhooks.configure({ retryScheduleMs: [10, 10, 10, 10] });
			emu.control.createMany('customer', 1);
			await emu.control.webhooks.idle();
			expect(emu.control.webhooks.deliveries().map((delivery) => [delivery.attempt, delivery.status])).toEqual([
				[1, 503],
				[2, 500],
				[3, 200],
			]);
		} finally {
			await hook.close();
		}
	});

	test('the schedule ends: no redelivery past its last delay, none when it is empty (the default)', async () => {
		const hook = await receiver([500, 500, 500, 500]);
		try {
			await endpointFor(hook.url);
			emu.control.createMany('customer', 1);
			await emu.control.webhooks.idle();
			expect(hook.seen).toHaveLength(1);
			emu.control.webhooks.configure({ retryScheduleMs: [5] });
			emu.control.createMany('customer', 1);
			await emu.control.webhooks.idle();
			expect(hook.seen).toHaveLength(3);
		} finally {
			await hook.close();
		}
	});
});
