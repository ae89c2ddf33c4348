'use strict';
/** The emulator's Events API: what a trigger walking GET /v1/events relies on, as Stripe answers it. */
const http = require('node:http');
const { useEmulator } = require('../support/useEmulator');

const NOW = 1_800_000_000;
const DAY = 24 * 3600;
const env = useEmulator({ clock: NOW });

async function call(method, path, { body, headers = {} } = {}) {
	const response = await fetch(`${env.emu.url}${path}`, {
		method,
		headers: { Authorization: `Bearer ${env.emu.keys.test}`, ...(body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }), ...headers },
		body,
	});
	return { status: response.status, headers: response.headers, body: await response.json() };
}

const listed = async (query) => (await call('GET', `/v1/events?${query}`)).body;
const typesOf = (page) => page.data.map((event) => event.type);
const emit = (type, fields = {}, options) => env.emu.control.emitEvent(type, { id: `obj_${type}`, object: type.split('.')[0], livemode: false, ...fields }, options);

describe('GET /v1/events', () => {
	test('type: an exact name, a `*` group (charge.* takes charge.dispute.created too) or everything', async () => {
		for (const type of ['charge.succeeded', 'customer.created', 'charge.dispute.created', 'charge.refunded', 'invoice.paid']) emit(type);
		expect(typesOf(await listed('type=charge.refunded'))).toEqual(['charge.refunded']);
		expect(typesOf(await listed('type=charge.*'))).toEqual(['charge.refunded', 'charge.dispute.created', 'charge.succeeded']);
		expect(typesOf(await listed('type=*.created'))).toEqual(['charge.dispute.created', 'customer.created']);
		expect(typesOf(await listed('type=*'))).toHaveLength(5);
		expect(typesOf(await listed('type=charge'))).toEqual([]);
	});

	test('types[]: up to 20 exact names; 21 names, or type with types, are refused', async () => {
		for (const type of ['invoice.paid', 'customer.updated', 'invoice.payment_failed']) emit(type);
		expect(typesOf(await listed('types[0]=invoice.paid&types[1]=invoice.payment_failed'))).toEqual(['invoice.payment_failed', 'invoice.paid']);
		const twenty = Array.from({ length: 20 }, (_, i) => `types[${i}]=${i === 0 ? 'customer.updated' : `x.${i}`}`).join('&');
		expect(typesOf(await listed(twenty))).toEqual(['customer.updated']);
		const tooMany = await call('GET', `/v1/events?${twenty}&types[20]=invoice.paid`);
		expect(tooMany.status).toBe(400);
		expect(tooMany.body.error).toMatchObject({ type: 'invalid_request_error', param: 'types' });
		const both = await call('GET', '/v1/events?type=invoice.paid&types[0]=invoice.paid');
		expect(both.status).toBe(400);
		expect(both.body.error).toMatchObject({ type: 'invalid_request_error', code: 'parameters_exclusive' });
		expect((await call('GET', '/v1/events?typ=invoice.paid')).body.error).toMatchObject({ code: 'parameter_unknown', param: 'typ' });
		expect((await call('GET', '/v1/events?limit=101')).body.error).toMatchObject({ param: 'limit' });
	});

	test('newest first, paged both ways by cursor, same-second events in announcement order', async () => {
		const ids = [];
		for (let i = 0; i < 7; i++) {
			ids.push(emit('customer.created', { id: `cus_${i}` }).id);
			if (i % 2) env.emu.control.clock.advance(1);
		}
		const newestFirst = [...ids].reverse();
		const first = await listed('limit=3');
		expect(first.data.map((event) => event.id)).toEqual(newestFirst.slice(0, 3));
		expect(first.has_more).toBe(true);
		const second = await listed(`limit=3&starting_after=${first.data[2].id}`);
		expect(second.data.map((event) => event.id)).toEqual(newestFirst.slice(3, 6));
		const last = await listed(`limit=3&starting_after=${second.data[2].id}`);
		expect(last).toMatchObject({ has_more: false, data: [{ id: ids[0] }] });
		// Oldest first, the way a trigger walks forward from a known event: ending_before.
		const after = await listed(`limit=2&ending_before=${ids[0]}`);
		expect(after.data.map((event) => event.id)).toEqual([ids[2], ids[1]]);
		expect(after.has_more).toBe(true);
		const newest = await listed(`limit=2&ending_before=${ids[4]}`);
		expect(newest).toMatchObject({ has_more: false, data: [{ id: ids[6] }, { id: ids[5] }] });
		expect((await call('GET', '/v1/events?starting_after=evt_nope')).body.error).toMatchObject({ code: 'resource_missing', param: 'starting_after' });
	});

	test('created[gt|gte|lt|lte] and an exact created', async () => {
		for (let i = 0; i < 5; i++) emit('product.created', { id: `prod_${i}` }, { created: NOW - 100 + i * 10 });
		const objects = async (query) => (await listed(query)).data.map((event) => event.data.object.id);
		expect(await objects(`created[gt]=${NOW - 90}`)).toEqual(['prod_4', 'prod_3', 'prod_2']);
		expect(await objects(`created[gte]=${NOW - 90}&created[lt]=${NOW - 70}`)).toEqual(['prod_2', 'prod_1']);
		expect(await objects(`created[lte]=${NOW - 90}`)).toEqual(['prod_1', 'prod_0']);
		expect(await objects(`created=${NOW - 80}`)).toEqual(['prod_2']);
	});

	test('30 days: an older event is neither listed nor retrievable, by the emulator clock', async () => {
		const old = emit('invoice.paid', {}, { created: NOW - 30 * DAY - 1 });
		const edge = emit('invoice.paid', {}, { created: NOW - 30 * DAY });
		expect((await listed('')).data.map((event) => event.id)).toEqual([edge.id]);
		expect((await call('GET', `/v1/events/${old.id}`)).body.error).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing' });
		expect((await call('GET', `/v1/events/${edge.id}`)).body).toMatchObject({ id: edge.id, type: 'invoice.paid' });
		env.emu.control.clock.advance(1);
		expect((await listed('')).data).toEqual([]);
		expect((await call('GET', `/v1/events/${edge.id}`)).status).toBe(404);
		expect(env.emu.control.events('invoice.paid')).toHaveLength(2); // the log itself keeps them, for tests
	});

	test('request: the id and Idempotency-Key of the API request that caused it; null for a change made outside the API', async () => {
		const created = await call('POST', '/v1/customers', { body: 'name=Ada', headers: { 'Idempotency-Key': 'n8n-key-1' } });
		const updated = await call('POST', `/v1/customers/${created.body.id}`, { body: 'name=Ada+L' });
		env.emu.control.createMany('customer', 1);
		const [fromControl, update, creation] = (await listed('type=customer.*')).data;
		expect(creation).toMatchObject({ type: 'customer.created', request: { id: created.headers.get('request-id'), idempotency_key: 'n8n-key-1' } });
		expect(update).toMatchObject({ type: 'customer.updated', request: { id: updated.headers.get('request-id'), idempotency_key: null } });
		expect(fromControl).toMatchObject({ type: 'customer.created', request: { id: null, idempotency_key: null } });
	});

	test('previous_attributes on an update, absent otherwise; the same event by id', async () => {
		const event = emit('customer.updated', { email: 'new@example.com' }, { previousAttributes: { email: 'old@example.com' } });
		emit('customer.created');
		const retrieved = (await call('GET', `/v1/events/${event.id}`)).body;
		expect(retrieved.data).toEqual({ object: expect.objectContaining({ email: 'new@example.com' }), previous_attributes: { email: 'old@example.com' } });
		const [created] = (await listed('type=customer.created')).data;
		expect(Object.keys(created.data)).toEqual(['object']);
	});

	test("data.object in the event's api_version (the account default then), not the request's", async () => {
		const before = (await call('POST', '/v1/customers', { body: 'name=Ada&business_name=Ada+Ltd' })).body;
		env.emu.control.setAccountApiVersion('2025-02-24.acacia');
		emit('customer.updated', { ...before, name: 'Ada L' }, { previousAttributes: { name: 'Ada' } });
		const [old, current] = (await listed('limit=2')).data;
		expect(old).toMatchObject({ api_version: '2025-02-24.acacia', data: { object: { name: 'Ada L' } } });
		expect(old.data.object).not.toHaveProperty('business_name'); // added in 2025-09-30.clover
		expect(current).toMatchObject({ api_version: '2026-10-28.endive', data: { object: { business_name: 'Ada Ltd' } } });
		const asAcacia = await call('GET', '/v1/events?limit=1&starting_after=' + old.id, { headers: { 'Stripe-Version': '2025-02-24.acacia' } });
		expect(asAcacia.body.data[0].data.object.business_name).toBe('Ada Ltd');
	});
});

describe('events and webhook endpoints', () => {
	let receiver;
	let received;
	beforeAll(async () => {
		receiver = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				received.push(JSON.parse(body));
				res.end('{}');
			});
		});
		await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	});
	afterAll(() => new Promise((resolve) => receiver.close(resolve)));
	beforeEach(() => (received = []));

	test('an emitted event of any type reaches subscribed endpoints; delivery_success tells delivered from pending', async () => {
		const url = `http://127.0.0.1:${receiver.address().port}/hook`;
		await call('POST', '/v1/webhook_endpoints', { body: `url=${encodeURIComponent(url)}&enabled_events[0]=invoice.paid` });
		const paid = emit('invoice.paid', { id: 'in_1' });
		const other = emit('customer.subscription.deleted', { id: 'sub_1' });
		await env.emu.control.webhooks.idle();
		expect(received.map((event) => [event.id, event.type, event.api_version])).toEqual([[paid.id, 'invoice.paid', '2026-10-28.endive']]);
		await call('POST', '/v1/webhook_endpoints', { body: `url=${encodeURIComponent('http://127.0.0.1:1/closed')}&enabled_events[0]=*` });
		const stuck = emit('invoice.paid', { id: 'in_2' });
		await env.emu.control.webhooks.idle();
		expect((await listed('delivery_success=false')).data.map((event) => [event.id, event.pending_webhooks])).toEqual([[stuck.id, 1]]);
		expect((await listed('delivery_success=true')).data.map((event) => event.id)).toEqual([other.id, paid.id]);
		expect((await call('GET', `/v1/events/${stuck.id}`)).body.pending_webhooks).toBe(1);
	});

	test("a webhook payload follows its endpoint's api_version, else the event's", async () => {
		const url = encodeURIComponent(`http://127.0.0.1:${receiver.address().port}/hook`);
		await call('POST', '/v1/webhook_endpoints', { body: `url=${url}&enabled_events[0]=customer.updated` });
		await call('POST', '/v1/webhook_endpoints', { body: `url=${url}&enabled_events[0]=customer.updated&api_version=2026-10-28.endive` });
		env.emu.control.setAccountApiVersion('2025-02-24.acacia');
		emit('customer.updated', { business_name: 'Ada Ltd' }, { previousAttributes: { business_name: null } });
		await env.emu.control.webhooks.idle();
		const byVersion = Object.fromEntries(received.map((event) => [event.api_version, event.data.object.business_name]));
		expect(byVersion).toEqual({ '2025-02-24.acacia': undefined, '2026-10-28.endive': 'Ada Ltd' });
	});

	test("Connect: a connect=true endpoint gets only connected accounts' events (with `account`), read back with their Stripe-Account", async () => {
		const url = `http://127.0.0.1:${receiver.address().port}/hook`;
		await call('POST', '/v1/webhook_endpoints', { body: `url=${encodeURIComponent(url)}&enabled_events[0]=*&connect=true` });
		const connected = emit('invoice.paid', { id: 'in_acct' }, { account: 'acct_1' });
		const own = emit('invoice.paid', { id: 'in_own' });
		await env.emu.control.webhooks.idle();
		expect(received.map((event) => [event.id, event.account])).toEqual([[connected.id, 'acct_1']]);
		expect((await listed('')).data.map((event) => event.id)).toEqual([own.id]);
		const asAccount = await call('GET', '/v1/events', { headers: { 'Stripe-Account': 'acct_1' } });
		expect(asAccount.body.data.map((event) => [event.id, event.account])).toEqual([[connected.id, 'acct_1']]);
		expect((await call('GET', `/v1/events/${connected.id}`)).status).toBe(404);
	});
});

describe('the events of what the emulator changes', () => {
	const ofType = async (type) => (await listed(`type=${type}`)).data;

	test('customers and products: created, updated with previous_attributes (none for a no-op update), deleted', async () => {
		const customer = (await call('POST', '/v1/customers', { body: 'name=Ada&email=ada@example.com' })).body;
		await call('POST', `/v1/customers/${customer.id}`, { body: 'name=Ada+L&metadata[tier]=gold' });
		await call('POST', `/v1/customers/${customer.id}`, { body: 'name=Ada+L' });
		await call('DELETE', `/v1/customers/${customer.id}`);
		expect(typesOf(await listed('type=customer.*'))).toEqual(['customer.deleted', 'customer.updated', 'customer.created']);
		const [updated] = await ofType('customer.updated');
		expect(updated.data).toEqual({ object: expect.objectContaining({ id: customer.id, name: 'Ada L', metadata: { tier: 'gold' } }), previous_attributes: { name: 'Ada', metadata: { tier: null } } });
		expect((await ofType('customer.deleted'))[0].data.object).toMatchObject({ id: customer.id, name: 'Ada L' });

		const product = (await call('POST', '/v1/products', { body: 'name=Mug' })).body;
		env.emu.control.clock.advance(60);
		await call('POST', `/v1/products/${product.id}`, { body: 'description=Blue' });
		await call('DELETE', `/v1/products/${product.id}`);
		const [productUpdated] = await ofType('product.updated');
		expect(productUpdated.data.previous_attributes).toEqual({ description: null, updated: NOW });
		expect(typesOf(await listed('type=product.*'))).toEqual(['product.deleted', 'product.updated', 'product.created']);
	});

	test('selling updates carry previous_attributes', async () => {
		const price = (await call('POST', '/v1/prices', { body: 'currency=usd&unit_amount=500&product_data[name]=Pin' })).body;
		await call('POST', `/v1/prices/${price.id}`, { body: 'nickname=Retail&active=false' });
		const [updated] = await ofType('price.updated');
		expect(updated.data.previous_attributes).toEqual({ nickname: null, active: true });
	});

	test('changes made through the control: charge.succeeded/refunded/updated, checkout.session.completed, invoiceitem.deleted', async () => {
		const [charge] = env.emu.control.createObjects('charge', [{ status: 'pending', amount: 1000, refunded: false, description: null }]);
		env.emu.control.updateObject('charge', charge.id, { status: 'succeeded' });
		env.emu.control.updateObject('charge', charge.id, { refunded: true, amount_refunded: 1000 });
		env.emu.control.updateObject('charge', charge.id, { description: 'Refund: damaged' });
		expect(typesOf(await listed('type=charge.*'))).toEqual(['charge.updated', 'charge.refunded', 'charge.succeeded', 'charge.pending']);
		expect((await ofType('charge.updated'))[0].data.previous_attributes).toEqual({ description: null });
		const [session] = env.emu.control.createObjects('checkout.session', [{ status: 'open' }]);
		env.emu.control.updateObject('checkout.session', session.id, { status: 'complete' });
		expect((await ofType('checkout.session.completed'))[0]).toMatchObject({ data: { object: { id: session.id, status: 'complete' } }, request: { id: null } });
		const [item] = env.emu.control.createObjects('invoiceitem', [{ amount: 100 }]);
		env.emu.control.deleteObject('invoiceitem', item.id);
		expect(typesOf(await listed('type=invoiceitem.*'))).toEqual(['invoiceitem.deleted', 'invoiceitem.created']);
	});

	test('a backlog (emitMany, or over HTTP for a benchmark process) walks back whole, page by page', async () => {
		env.emu.control.emitMany('invoice.paid', 230, { from: NOW - 1000, step: 2 });
		const answer = await fetch(`${env.emu.url}/__emulator/events`, { method: 'POST', body: JSON.stringify({ type: 'customer.subscription.deleted', count: 20, template: { object: 'subscription' } }) });
		expect(await answer.json()).toMatchObject({ count: 20, first: expect.stringMatching(/^evt_/) });
		const seen = [];
		let page = await listed('limit=100&types[0]=invoice.paid');
		seen.push(...page.data);
		while (page.has_more) {
			page = await listed(`limit=100&types[0]=invoice.paid&starting_after=${seen[seen.length - 1].id}`);
			seen.push(...page.data);
		}
		expect(seen.map((event) => event.data.object.id)).toEqual(Array.from({ length: 230 }, (_, n) => `in_emitted_${230 - n}`));
		expect((await ofType('customer.subscription.deleted'))[0].data.object).toMatchObject({ id: expect.stringMatching(/_emitted_20$/), object: 'subscription' });
	});
});
