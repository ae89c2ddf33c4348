'use strict';
/** The emulator must behave like Stripe, or a green node test proves nothing. Real HTTP on loopback. */
const { startEmulator } = require('.');

let emu;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.control.reset());

async function call(method, path, { key = emu.keys.test, body, headers = {} } = {}) {
	const response = await fetch(emu.url + path, {
		method,
		headers: {
			...(key ? { authorization: `Bearer ${key}` } : {}),
			...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
			...headers,
		},
		body,
	});
	return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('auth', () => {
	test('missing key 401, unknown key 401 masked, revoked key api_key_expired, restricted key 403', async () => {
		expect((await call('GET', '/v1/customers', { key: null })).body.error.message).toMatch(/You did not provide an API key/);
		const unknown = await call('GET', '/v1/customers', { key: 'sk_test_abcdefghijklmnop' });
		expect(unknown.status).toBe(401);
		expect(unknown.body.error.message).not.toContain('abcdefghijklmnop');
		expect((await call('GET', '/v1/customers', { key: emu.keys.revoked })).body.error.code).toBe('api_key_expired');
		expect((await call('GET', '/v1/customers', { key: emu.keys.restrictedRead })).status).toBe(200);
		expect((await call('POST', '/v1/customers', { key: emu.keys.restrictedRead, body: '' })).status).toBe(403);
		expect((await call('GET', '/v1/charges', { key: emu.keys.restrictedNone })).status).toBe(403);
	});
});

describe('validation against the OpenAPI spec', () => {
	test.each([
		['unknown parameter', '/v1/products', 'name=x&caption=y', 'parameter_unknown', 'caption'],
		['unknown nested parameter', '/v1/customers', 'address[planet]=mars', 'parameter_unknown', 'address[planet]'],
		['boolean that is not one', '/v1/products', 'name=x&active=maybe', 'parameter_invalid_boolean', 'active'],
		['integer that is not one', '/v1/customers', 'balance=ten', 'parameter_invalid_integer', 'balance'],
		['missing required name', '/v1/products', 'active=true', 'parameter_missing', 'name'],
		['9 images', '/v1/products', `name=x&${Array.from({ length: 9 }, (_, i) => `images[${i}]=https://a.example/${i}`).join('&')}`, 'parameter_invalid_array', 'images'],
		['metadata key over 40', '/v1/customers', `metadata[${'k'.repeat(41)}]=v`, 'parameter_invalid_metadata', `metadata[${'k'.repeat(41)}]`],
	])('%s → 400 with code and param', async (_name, path, body, code, param) => {
		const response = await call('POST', path, { body });
		expect(response.status).toBe(400);
		expect(response.body.error).toMatchObject({ type: 'invalid_request_error', code, param });
		expect(response.headers.get('request-id')).toMatch(/^req_/);
	});

	test('GET query is validated too, and limit must be 1–100', async () => {
		expect((await call('GET', '/v1/customers?colour=red')).body.error.param).toBe('colour');
		expect((await call('GET', '/v1/customers?limit=101')).body.error.param).toBe('limit');
		expect((await call('GET', '/v1/customers?limit=0')).status).toBe(400);
	});

	test('an empty value unsets; metadata[k]= removes one key; metadata= clears all', async () => {
		const created = (await call('POST', '/v1/customers', { body: 'email=a%40example.com&description=d&metadata[a]=1&metadata[b]=2' })).body;
		const updated = (await call('POST', `/v1/customers/${created.id}`, { body: 'email=&metadata[a]=' })).body;
		expect(updated).toMatchObject({ email: null, description: 'd', metadata: { b: '2' } });
		expect((await call('POST', `/v1/customers/${created.id}`, { body: 'metadata=' })).body.metadata).toEqual({});
	});

	test('duplicate product id, missing ids, deleted customers, and ids that try to leave their path segment', async () => {
		expect((await call('POST', '/v1/products', { body: 'name=a&id=same' })).status).toBe(200);
		expect((await call('POST', '/v1/products', { body: 'name=b&id=same' })).body.error).toMatchObject({ code: 'resource_already_exists', param: 'id' });
		expect((await call('GET', '/v1/customers/cus_nope')).body.error).toMatchObject({ code: 'resource_missing', message: "No such customer: 'cus_nope'" });
		const sneaky = await call('GET', '/v1/customers/cus_1%2F..%2F..%2Fcharges');
		expect(sneaky.status).toBe(404);
		expect(sneaky.body.error.message).toBe("No such customer: 'cus_1/../../charges'");
		const [customer] = emu.control.createObjects('customer', [{}]);
		await call('DELETE', `/v1/customers/${customer.id}`);
		expect((await call('GET', `/v1/customers/${customer.id}`)).body).toEqual({ id: customer.id, object: 'customer', deleted: true });
	});

	test('an invalid Stripe-Version is refused; a valid one is echoed', async () => {
		expect((await call('GET', '/v1/customers', { headers: { 'stripe-version': 'yesterday' } })).status).toBe(400);
		const ok = await call('GET', '/v1/customers', { headers: { 'stripe-version': '2025-02-24.acacia' } });
		expect(ok.headers.get('stripe-version')).toBe('2025-02-24.acacia');
	});
});

describe('lists as Stripe', () => {
	test('newest first; a starting_after walk over 250 same-second objects visits each exactly once; ending_before pages back', async () => {
		emu.control.clock.setNow(1_700_000_000);
		const made = emu.control.createMany('customer', 250, {}).map((c) => c.id);
		const seen = [];
		let cursor;
		for (;;) {
			const page = (await call('GET', `/v1/customers?limit=100${cursor ? `&starting_after=${cursor}` : ''}`)).body;
			seen.push(...page.data.map((c) => c.id));
			if (!page.has_more) break;
			cursor = page.data[page.data.length - 1].id;
		}
		expect(seen).toEqual([...made].reverse());
		const before = (await call('GET', `/v1/customers?limit=3&ending_before=${made[10]}`)).body;
		expect(before.data.map((c) => c.id)).toEqual([made[13], made[12], made[11]]);
		expect(before.has_more).toBe(true);
		expect((await call('GET', '/v1/customers')).body.data).toHaveLength(10);
		expect((await call('GET', '/v1/customers?starting_after=cus_unknown')).body.error.param).toBe('starting_after');
	});

	test('created filters in whole seconds', async () => {
		for (const created of [100, 200, 200, 300]) emu.control.createObjects('charge', [{ created }]);
		const count = async (q) => (await call('GET', `/v1/charges?${q}`)).body.data.length;
		expect(await count('created=200')).toBe(2);
		expect(await count('created[gte]=200')).toBe(3);
		expect(await count('created[gt]=200')).toBe(1);
		expect(await count('created[lt]=200')).toBe(1);
		expect(await count('created[gte]=200&created[lte]=200')).toBe(2);
	});

	test('search with ~ and OR, paginated with next_page', async () => {
		emu.control.createObjects('customer', [{ email: 'ann@shop.example' }, { name: 'Annabel' }, { email: 'bob@x.example' }]);
		const first = (await call('GET', `/v1/customers/search?query=${encodeURIComponent('email~"ann" OR name~"ann"')}&limit=1`)).body;
		expect(first).toMatchObject({ object: 'search_result', has_more: true });
		const second = (await call('GET', `/v1/customers/search?query=${encodeURIComponent('email~"ann" OR name~"ann"')}&limit=1&page=${first.next_page}`)).body;
		expect([first.data[0].name, second.data[0].email].sort()).toEqual(['Annabel', 'ann@shop.example']);
		expect(second.has_more).toBe(false);
	});

	test('legacy orders answer, or 404 Unrecognized request URL where Stripe dropped them', async () => {
		emu.control.createObjects('order', [{}]);
		expect((await call('GET', '/v1/orders')).body.data).toHaveLength(1);
		emu.control.setLegacyOrders(false);
		expect((await call('GET', '/v1/orders')).body.error.message).toMatch(/^Unrecognized request URL \(GET: \/v1\/orders\)/);
	});
});

describe('search as Stripe', () => {
	const search = async (type, query, extra = '') => (await call('GET', `/v1/${type}/search?query=${encodeURIComponent(query)}${extra}`)).body;
	const emails = (result) => result.data.map((c) => c.email).sort();

	beforeEach(() => {
		emu.control.createObjects('customer', [
			{ email: 'ada@example.com', name: 'Ada Lovelace', metadata: { tier: 'gold' }, created: 100 },
			{ email: 'alan@example.com', name: 'Alan Turing', metadata: { tier: 'silver' }, created: 200 },
			{ email: 'grace@navy.example', name: 'Grace Hopper', metadata: { tier: 'gold' }, created: 300 },
		]);
	});

	test.each([
		["email:'ada@example.com'", ['ada@example.com']],
		['email:"ADA@example.com"', ['ada@example.com']],
		["email~'example.com'", ['ada@example.com', 'alan@example.com']],
		["metadata['tier']:'gold'", ['ada@example.com', 'grace@navy.example']],
		['metadata["tier"]:"gold" AND name~"hopper"', ['grace@navy.example']],
		["metadata['tier']:'gold' name~'ada'", ['ada@example.com']],
		["email:'ada@example.com' OR email:'alan@example.com'", ['ada@example.com', 'alan@example.com']],
		["-metadata['tier']:'gold'", ['alan@example.com']],
		['created>150', ['alan@example.com', 'grace@navy.example']],
		["name:'nobody'", []],
	])('%s', async (query, expected) => {
		expect(emails(await search('customers', query))).toEqual(expected);
	});

	test.each([
		["email:'a' AND name:'b' OR name:'c'", 'AND and OR cannot be combined'],
		["colour:'red'", 'colour is not a supported search field'],
		['email:ada', 'quote the value'],
		["email:'unterminated", 'cannot parse'],
		['', 'no clause'],
	])('refuses %j with a 400 on query', async (query, reason) => {
		const response = await call('GET', `/v1/customers/search?query=${encodeURIComponent(query)}`);
		expect(response.status).toBe(400);
		expect(response.body.error.param).toBe('query');
		expect(response.body.error.message).toContain(reason);
	});

	test('validated against the spec: query is required, unknown parameters and limit over 100 are refused', async () => {
		expect((await call('GET', '/v1/customers/search')).body.error).toMatchObject({ code: 'parameter_missing', param: 'query' });
		expect((await call('GET', "/v1/customers/search?query=email%3A'x'&starting_after=cus_1")).body.error.param).toBe('starting_after');
		expect((await call('GET', "/v1/products/search?query=name%3A'x'&limit=101")).body.error.param).toBe('limit');
	});

	test('next_page walks newest first and stays stable when objects are added meanwhile', async () => {
		const first = await search('customers', "email~'example'", '&limit=2');
		expect(first).toMatchObject({ object: 'search_result', has_more: true, url: '/v1/customers/search' });
		expect(first.data.map((c) => c.created)).toEqual([300, 200]);
		emu.control.createObjects('customer', [{ email: 'new@example.com', created: 400 }]);
		const second = await search('customers', "email~'example'", `&limit=2&page=${first.next_page}`);
		expect(second.data.map((c) => c.created)).toEqual([100]);
		expect(second).toMatchObject({ has_more: false, next_page: null });
	});

	test('a search delay hides objects younger than it, as Stripe\'s index lags up to a minute', async () => {
		emu.control.clock.setNow(1000);
		emu.control.setSearchDelay(60);
		emu.control.createObjects('customer', [{ email: 'fresh@example.com', created: 990 }]);
		expect(emails(await search('customers', "email~'example'"))).toEqual(['ada@example.com', 'alan@example.com', 'grace@navy.example']);
		emu.control.clock.advance(60);
		expect(emails(await search('customers', "email:'fresh@example.com'"))).toEqual(['fresh@example.com']);
	});

	test('products: booleans and text fields', async () => {
		emu.control.createObjects('product', [
			{ name: 'Blue shirt', active: true, shippable: true },
			{ name: 'Red shirt', active: false, shippable: true },
			{ name: 'Gift card', active: true, shippable: false },
		]);
		const names = async (query) => (await search('products', query)).data.map((p) => p.name).sort();
		expect(await names("active:'true' AND name~'shirt'")).toEqual(['Blue shirt']);
		expect(await names('shippable:false')).toEqual(['Gift card']);
		expect((await call('GET', `/v1/products/search?query=${encodeURIComponent("email:'x'")}`)).status).toBe(400);
	});
});

describe('delete as Stripe', () => {
	test('a deleted product is gone; one with prices is refused with Stripe\'s message; an unknown one is resource_missing', async () => {
		const [plain, priced] = emu.control.createObjects('product', [{ name: 'A' }, { name: 'B', default_price: 'price_1' }]);
		expect((await call('DELETE', `/v1/products/${plain.id}`)).body).toEqual({ id: plain.id, object: 'product', deleted: true });
		const refused = await call('DELETE', `/v1/products/${priced.id}`);
		expect(refused.status).toBe(400);
		expect(refused.body.error.message).toBe('This product cannot be deleted because it has one or more user-created prices.');
		expect(emu.control.list('product').map((p) => p.id)).toEqual([priced.id]);
		expect((await call('DELETE', '/v1/products/prod_nope')).body.error.code).toBe('resource_missing');
	});
});

describe('idempotency, rate limit, faults, clock', () => {
	test('same key + same body replays; same key + other body is an idempotency_error', async () => {
		const headers = { 'idempotency-key': 'k1' };
		const first = await call('POST', '/v1/customers', { body: 'email=a%40example.com', headers });
		const again = await call('POST', '/v1/customers', { body: 'email=a%40example.com', headers });
		expect(again.body.id).toBe(first.body.id);
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expect(emu.control.list('customer')).toHaveLength(1);
		expect((await call('POST', '/v1/customers', { body: 'email=b%40example.com', headers })).body.error.type).toBe('idempotency_error');
		expect((await call('POST', '/v1/customers', { body: '', headers: { 'idempotency-key': 'x'.repeat(256) } })).status).toBe(400);
	});

	test('a request that fails validation is not stored for its key; one the endpoint refused is', async () => {
		const invalid = await call('POST', '/v1/customers', { body: 'colour=red', headers: { 'idempotency-key': 'v1' } });
		expect(invalid.body.error.code).toBe('parameter_unknown');
		const fixed = await call('POST', '/v1/customers', { body: 'colour=red', headers: { 'idempotency-key': 'v1' } });
		expect(fixed.headers.get('idempotent-replayed')).toBeNull();
		await call('POST', '/v1/products', { body: 'name=A&id=dup' });
		const refused = await call('POST', '/v1/products', { body: 'name=A&id=dup', headers: { 'idempotency-key': 'v2' } });
		expect(refused.body.error.code).toBe('resource_already_exists');
		const replayed = await call('POST', '/v1/products', { body: 'name=A&id=dup', headers: { 'idempotency-key': 'v2' } });
		expect(replayed.headers.get('idempotent-replayed')).toBe('true');
		expect(replayed.body.error.code).toBe('resource_already_exists');
	});

	test('faults match a substring of the body; the request log has every request in arrival order', async () => {
		emu.control.injectFaults([{ kind: 'status', status: 400, code: 'email_invalid', param: 'email', match: { body: 'email=b%40' } }]);
		const statuses = [];
		for (const email of ['a', 'b', 'c']) statuses.push((await call('POST', '/v1/customers', { body: `email=${email}%40example.com` })).status);
		expect(statuses).toEqual([200, 400, 200]);
		const log = emu.control.requestLog();
		expect(log.map((entry) => entry.status)).toEqual([200, 400, 200]);
		expect(log.every((entry, i) => entry.answeredAt >= entry.receivedAt && (i === 0 || entry.receivedAt >= log[i - 1].receivedAt))).toBe(true);
	});

	test('429 rate_limit past N requests a second, not stored for idempotency', async () => {
		emu.control.setRateLimit({ perSecond: 3 });
		const statuses = [];
		for (let i = 0; i < 5; i++) statuses.push((await call('GET', '/v1/customers')).status);
		expect(statuses).toEqual([200, 200, 200, 429, 429]);
		const limited = await call('POST', '/v1/customers', { body: '', headers: { 'idempotency-key': 'rl' } });
		expect(limited.body.error.code).toBe('rate_limit');
		emu.control.setRateLimit(null);
		expect((await call('POST', '/v1/customers', { body: '', headers: { 'idempotency-key': 'rl' } })).status).toBe(200);
	});

	test('injected status with Stripe-Should-Retry, drop-before, drop-after (committed, unanswered), after N', async () => {
		emu.control.injectFaults([{ kind: 'status', status: 503, shouldRetry: true }]);
		const injected = await call('GET', '/v1/customers');
		expect(injected.status).toBe(503);
		expect(injected.headers.get('stripe-should-retry')).toBe('true');
		emu.control.injectFaults([{ kind: 'drop-before' }]);
		await expect(call('GET', '/v1/customers')).rejects.toThrow();
		emu.control.injectFaults([{ kind: 'drop-after', match: { method: 'POST', path: '/v1/customers' } }]);
		await expect(call('POST', '/v1/customers', { body: 'email=c%40example.com', headers: { 'idempotency-key': 'd1' } })).rejects.toThrow();
		expect(emu.control.list('customer')).toHaveLength(1);
		const replay = await call('POST', '/v1/customers', { body: 'email=c%40example.com', headers: { 'idempotency-key': 'd1' } });
		expect(replay.headers.get('idempotent-replayed')).toBe('true');
		emu.control.injectFaults([{ kind: 'status', status: 500, after: 1 }]);
		expect((await call('GET', '/v1/customers')).status).toBe(200);
		expect((await call('GET', '/v1/customers')).status).toBe(500);
		expect(emu.control.stats()).toMatchObject({ dropped: 2, responses5xx: 2 });
	});

	test('a settable clock gives created times; HTTP control endpoints drive the same knobs', async () => {
		await fetch(`${emu.url}/__emulator/clock`, { method: 'POST', body: JSON.stringify({ now: 1_234_567_890 }) });
		expect((await call('POST', '/v1/customers', { body: '' })).body.created).toBe(1_234_567_890);
		await fetch(`${emu.url}/__emulator/objects`, { method: 'POST', body: JSON.stringify({ type: 'charge', count: 5, template: { amount: 7 } }) });
		const stats = await (await fetch(`${emu.url}/__emulator/stats`)).json();
		expect(stats.objects).toMatchObject({ customer: 1, charge: 5 });
		await fetch(`${emu.url}/__emulator/reset`, { method: 'POST' });
		expect(emu.control.stats().objects.charge).toBe(0);
	});
});
