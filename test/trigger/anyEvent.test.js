'use strict';
/** "Any Event Type(s)" in the polling trigger: GET /v1/events walked oldest first through the cursor, each event once. */
const { createPoller } = require('../harness');
const { useEmulator } = require('../support/useEmulator');
const { spyOnWarnings } = require('../instant/support');
const { drain, ids } = require('./polling');

const T0 = 1_800_000_000;
const DAY = 24 * 3600;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const env = useEmulator({ clock: T0 });

const poller = (parameters = {}, extra = {}) =>
	createPoller({
		node: { type: 'stripeConnectorTrigger', typeVersion: 1, parameters: { event: 'anyEvent', eventTypes: ['invoice.paid'], options: {}, ...parameters } },
		credentials: env.credentials,
		...extra,
	});
const emit = (type, fields = {}, options) =>
	env.emu.control.emitEvent(type, { id: `${type.split('.')[0]}_${Math.random().toString(36).slice(2, 10)}`, object: type.split('.')[0], livemode: false, ...fields }, options);
const emitMany = (types) => types.map((type) => emit(type).id);

async function stripe(method, path, body, headers = {}) {
	const response = await fetch(`${env.emu.url}${path}`, {
		method,
		headers: { Authorization: `Bearer ${env.emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		body: body === undefined ? undefined : new URLSearchParams(body).toString(),
	});
	return await response.json();
}

describe('Any Event Type(s), polling', () => {
	test('starts from now, then emits each chosen event once, oldest first, as the whole event with created in ISO 8601', async () => {
		emit('invoice.paid'); // before activation: not emitted
		const trigger = poller();
		expect(await trigger.poll()).toBeNull();
		env.emu.control.clock.advance(1);
		const wanted = [emit('invoice.paid'), emit('customer.created'), emit('invoice.paid')];
		env.emu.control.clock.advance(1);
		wanted.push(emit('invoice.paid'));
		const out = await trigger.poll();
		expect(ids(out)).toEqual(wanted.filter((event) => event.type === 'invoice.paid').map((event) => event.id));
		expect(out[0]).toMatchObject({ object: 'event', type: 'invoice.paid', livemode: false, request: { id: null, idempotency_key: null } });
		expect(out[0].created).toMatch(ISO);
		expect(out[0].api_version).toEqual(expect.any(String));
		expect(out[0].data.object).toMatchObject({ id: wanted[0].data.object.id, object: 'invoice' });
		expect(await trigger.poll()).toBeNull();
	});

	test('customer.updated carries previous_attributes and the request (id and idempotency key) that caused it', async () => {
		const customer = await stripe('POST', '/v1/customers', { email: 'old@example.com' });
		const trigger = poller({ eventTypes: ['customer.updated'] });
		await trigger.poll();
		env.emu.control.clock.advance(1);
		await stripe('POST', `/v1/customers/${customer.id}`, { email: 'new@example.com' }, { 'Idempotency-Key': 'my-own-write-1' });
		const [event] = await trigger.poll();
		expect(event.type).toBe('customer.updated');
		expect(event.data.object).toMatchObject({ id: customer.id, email: 'new@example.com' });
		expect(event.data.previous_attributes).toEqual({ email: 'old@example.com' });
		expect(event.request).toEqual({ id: expect.stringMatching(/^req_/), idempotency_key: 'my-own-write-1' });
	});

	test('Simplify: one flat item, camelCase event fields that cannot collide with the object\'s snake_case fields', async () => {
		const trigger = poller({ eventTypes: ['customer.subscription.updated'], simplify: true });
		await trigger.poll();
		env.emu.control.clock.advance(1);
		const event = emit('customer.subscription.updated', { id: 'sub_1', object: 'subscription', status: 'active', created: T0 - 50, type: 'not-the-event-type' }, { previousAttributes: { status: 'trialing' } });
		const [item] = await trigger.poll();
		expect(item).toEqual({
			eventId: event.id,
			eventType: 'customer.subscription.updated',
			eventCreated: new Date((T0 + 1) * 1000).toISOString(),
			eventLivemode: false,
			eventApiVersion: event.api_version,
			eventRequestId: null,
			eventIdempotencyKey: null,
			eventPreviousAttributes: { status: 'trialing' },
			id: 'sub_1',
			object: 'subscription',
			status: 'active',
			created: T0 - 50,
			type: 'not-the-event-type',
			livemode: false,
		});
	});

	test('"*" emits every event; more than 20 types are read whole and filtered here, the cursor moving past the others', async () => {
		const all = poller({ eventTypes: ['*'] });
		await all.poll();
		const many = [
			'invoice.paid', 'invoice.payment_failed', 'invoice.created', 'invoice.finalized', 'invoice.voided', 'invoice.sent', 'invoice.updated',
			'invoice.deleted', 'invoice.overdue', 'invoice.upcoming', 'invoice.will_be_due', 'invoice.marked_uncollectible', 'invoice.overpaid',
			'invoice.payment_action_required', 'invoice.payment_succeeded', 'invoice.finalization_failed', 'invoice.payment_attempt_required',
			'customer.created', 'customer.updated', 'customer.deleted', 'charge.refunded',
		];
		expect(many).toHaveLength(21);
		const filtered = poller({ eventTypes: many });
		await filtered.poll();
		env.emu.control.clock.advance(1);
		const events = emitMany(['invoice.paid', 'product.created', 'charge.refunded', 'price.created']);
		expect(ids(await all.poll())).toEqual(events);
		// (Stripe refuses 21 names in types[]: these polls would fail if the filter were sent.)
		expect(ids(await filtered.poll())).toEqual([events[0], events[2]]);
		env.emu.control.clock.advance(1);
		emitMany(['product.created', 'price.created']);
		expect(await filtered.poll()).toBeNull(); // nothing chosen: nothing emitted
		const later = emitMany(['customer.deleted']);
		expect(ids(await filtered.poll())).toEqual(later);
	});

	test('up to 20 types are filtered by Stripe (types[]): a poll over other events lists none of them', async () => {
		const trigger = poller({ eventTypes: ['invoice.paid', 'customer.subscription.deleted'] });
		await trigger.poll();
		env.emu.control.clock.advance(1);
		emitMany(Array.from({ length: 150 }, () => 'product.created'));
		const wanted = emitMany(['customer.subscription.deleted', 'invoice.paid']);
		const requests = env.emu.control.stats().requests;
		expect(ids(await trigger.poll())).toEqual(wanted);
		expect(env.emu.control.stats().requests - requests).toBeLessThanOrEqual(3);
	});

	test('a burst in one second across polls and a cap: every event once, in order', async () => {
		const trigger = poller({ eventTypes: ['invoice.paid'], options: { maxItemsPerPoll: 40 } });
		await trigger.poll();
		env.emu.control.clock.advance(1);
		const first = env.emu.control.emitMany('invoice.paid', 130).map((event) => event.id);
		const out = ids(await trigger.poll());
		expect(out).toEqual(first.slice(0, 40));
		const second = env.emu.control.emitMany('invoice.paid', 30, { template: { id: 'in_later' } }).map((event) => event.id); // same second
		expect([...out, ...(await drain(trigger))]).toEqual([...first, ...second]);
	});

	test('changing the chosen types keeps the place: no event of a kept type skipped, none repeated, added types from there on', async () => {
		const trigger = poller({ eventTypes: ['invoice.paid'] });
		await trigger.poll();
		env.emu.control.clock.advance(1);
		const first = emitMany(['invoice.paid']);
		expect(ids(await trigger.poll())).toEqual(first);
		env.emu.control.clock.advance(1);
		const meanwhile = emitMany(['customer.subscription.deleted', 'invoice.paid']);
		trigger.setParameters({ eventTypes: ['invoice.paid', 'customer.subscription.deleted'] });
		expect(ids(await trigger.poll())).toEqual(meanwhile);
		expect(await trigger.poll()).toBeNull();
	});

	test('off for 29 days (and restarted): every event since arrives once, oldest first', async () => {
		const trigger = poller({ eventTypes: ['invoice.paid', 'customer.subscription.deleted'] });
		await trigger.poll();
		const missed = [];
		for (let day = 1; day <= 29; day++) {
			env.emu.control.clock.advance(DAY);
			missed.push(...emitMany(['invoice.paid', 'product.created', 'customer.subscription.deleted']).filter((_, i) => i !== 1));
		}
		trigger.restart();
		expect(await drain(trigger)).toEqual(missed);
	});

	test('off for longer than Stripe keeps events: a warning says so, and the walk goes on from the oldest event Stripe still has', async () => {
		const warnings = spyOnWarnings();
		try {
			const trigger = poller();
			await trigger.poll();
			env.emu.control.clock.advance(1);
			expect(ids(await trigger.poll())).toEqual([]);
			const seen = emitMany(['invoice.paid']);
			expect(ids(await trigger.poll())).toEqual(seen);
			env.emu.control.clock.advance(3 * DAY);
			emitMany(['invoice.paid']); // gone by the time the trigger is back
			env.emu.control.clock.advance(10 * DAY);
			const kept = emitMany(['invoice.paid', 'invoice.paid']);
			env.emu.control.clock.advance(25 * DAY);
			expect(warnings.messages().filter((message) => /30 days/.test(message))).toEqual([]);
			expect(await drain(trigger)).toEqual(kept);
			const horizon = warnings.messages().filter((message) => /older than the 30 days Stripe keeps events/.test(message));
			expect(horizon).toHaveLength(1);
			expect(horizon[0]).toContain(new Date((T0 + 1) * 1000).toISOString());
		} finally {
			warnings.restore();
		}
	});

	test('a Start From older than Stripe keeps events is warned about', async () => {
		const warnings = spyOnWarnings();
		try {
			const startFrom = new Date(Date.now() - 40 * DAY * 1000).toISOString();
			await poller({ options: { startFrom } }).poll();
			expect(warnings.messages().filter((message) => /older than the 30 days Stripe keeps events/.test(message))).toHaveLength(1);
			await poller({ options: { startFrom: new Date(Date.now() - 20 * DAY * 1000).toISOString() } }).poll();
			expect(warnings.messages().filter((message) => /older than the 30 days Stripe keeps events/.test(message))).toHaveLength(1);
		} finally {
			warnings.restore();
		}
	});

	test('Fetch Current Object: the object read now in the pinned version; a deleted one keeps the event\'s copy and says so', async () => {
		const customer = await stripe('POST', '/v1/customers', { email: 'a@example.com' });
		const gone = await stripe('POST', '/v1/customers', { email: 'b@example.com' });
		const trigger = poller({ eventTypes: ['customer.updated'], options: { fetchCurrentObject: true } });
		await trigger.poll();
		env.emu.control.clock.advance(1);
		await stripe('POST', `/v1/customers/${customer.id}`, { email: 'a2@example.com' });
		await stripe('POST', `/v1/customers/${gone.id}`, { email: 'b2@example.com' });
		await stripe('POST', `/v1/customers/${customer.id}`, { email: 'a3@example.com' });
		await stripe('DELETE', `/v1/customers/${gone.id}`);
		const out = await trigger.poll();
		expect(out.map((event) => [event.data.object.id, event.data.object.email, event.objectSource])).toEqual([
			[customer.id, 'a3@example.com', 'current'],
			[gone.id, 'b2@example.com', 'event'],
			[customer.id, 'a3@example.com', 'current'],
		]);
		expect(out[1].objectSourceNote).toMatch(/deleted/);
		expect(out[0].data.previous_attributes).toEqual({ email: 'a@example.com' }); // what changed, as the event recorded it
	});

	test('without Fetch Current Object the object stays in the event\'s own api_version', async () => {
		env.emu.control.setAccountApiVersion('2025-02-24.acacia');
		const trigger = poller({ eventTypes: ['customer.created'] });
		await trigger.poll();
		env.emu.control.clock.advance(1);
		await stripe('POST', '/v1/customers', { email: 'v@example.com' });
		const [event] = await trigger.poll();
		expect(event.api_version).toBe('2025-02-24.acacia');
	});

	test('"Fetch Test Event" shows the newest event of the chosen types and leaves the cursor alone; none is explained', async () => {
		const trigger = poller({ eventTypes: ['invoice.paid'] }, { mode: 'manual' });
		await expect(trigger.poll()).rejects.toThrow(/No events of the chosen types found/);
		emitMany(['invoice.paid', 'product.created']);
		const [event] = await trigger.poll();
		expect(event.type).toBe('invoice.paid');
		expect(trigger.staticData.cursor).toBeUndefined();
	});

	test('no type chosen, or one Stripe does not define, is refused before any request', async () => {
		const requests = env.emu.control.stats().requests;
		await expect(poller({ eventTypes: [] }).poll()).rejects.toThrow(/No event type chosen/);
		await expect(poller({ eventTypes: ['invoice.paid', 'invoice.payed'] }).poll()).rejects.toThrow(/Unknown Stripe event type in "Event Types": invoice.payed/);
		expect(env.emu.control.stats().requests).toBe(requests);
	});
});
