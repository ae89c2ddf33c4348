'use strict';
/** "Any Event Type(s)" in the instant trigger: the endpoint subscribes to the chosen types, a delivery rings the walk over GET /v1/events. */
const { useEmulator } = require('../support/useEmulator');
const { createWebhookTrigger } = require('../harness');
const { activeTrigger, credentialsFor, duplicatesOf, settle, spyOnWarnings, twoProcesses } = require('./support');

const DAY = 24 * 3600;
const env = useEmulator({ clock: 1_800_000_000 });
const open = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map((closable) => closable.close()));
});
const track = (closable) => (open.push(closable), closable);

const ids = (items) => items.map((item) => item.id);
let serial = 0;
const emit = (type, options) => env.emu.control.emitEvent(type, { id: `obj_${++serial}`, object: type.split('.')[0], livemode: false }, options);
const emitAll = (types) => types.map((type) => emit(type));
const idsOf = (events, type) => events.filter((event) => type === undefined || event.type === type).map((event) => event.id);
const endpoints = () => env.emu.control.webhooks.endpoints();
const anyEvent = (eventTypes, extra = {}) => ({ event: 'anyEvent', eventTypes, ...extra });

describe('Any Event Type(s), instant', () => {
	test('the endpoint subscribes to exactly the chosen types; "*" to everything', async () => {
		const trigger = track(await activeTrigger(env, anyEvent(['invoice.paid', 'customer.subscription.deleted'])));
		expect(endpoints().map((endpoint) => endpoint.enabled_events)).toEqual([['customer.subscription.deleted', 'invoice.paid']]);
		await trigger.deactivate();
		track(await activeTrigger(env, anyEvent(['*'])));
		expect(endpoints().map((endpoint) => endpoint.enabled_events)).toEqual([['*']]);
	});

	test('each chosen event once, oldest first, the whole event; others start nothing', async () => {
		const trigger = track(await activeTrigger(env, anyEvent(['invoice.paid', 'customer.subscription.deleted'])));
		const events = emitAll(['invoice.paid', 'product.created', 'customer.subscription.deleted', 'invoice.paid']);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual([events[0].id, events[2].id, events[3].id]);
		expect(trigger.items()[0]).toMatchObject({ object: 'event', type: 'invoice.paid', data: { object: { id: events[0].data.object.id } } });
		expect(trigger.items()[0].created).toBe(new Date(events[0].created * 1000).toISOString());
	});

	test('Simplify gives the flat item, as in the polling trigger', async () => {
		const trigger = track(await activeTrigger(env, anyEvent(['invoice.paid'], { simplify: true })));
		const [event] = emitAll(['invoice.paid']);
		await settle(env, trigger);
		expect(trigger.items()).toEqual([expect.objectContaining({ eventId: event.id, eventType: 'invoice.paid', id: event.data.object.id, object: 'invoice' })]);
	});

	test('duplicated, shuffled and overlapping deliveries over two processes: each event once', async () => {
		const processes = await twoProcesses(env, anyEvent(['invoice.paid', 'invoice.payment_failed']), track);
		env.emu.control.webhooks.configure({ duplicate: 2, shuffle: true, jitterMs: 30 });
		const events = [];
		for (let burst = 0; burst < 4; burst++) {
			events.push(...emitAll(['invoice.paid', 'invoice.payment_failed', 'charge.succeeded', 'invoice.paid', 'invoice.payment_failed']));
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await settle(env, ...processes);
		env.emu.control.webhooks.configure({ duplicate: 1, shuffle: false, jitterMs: 0 });
		events.push(emit('invoice.paid')); // one more doorbell for a walk that lost a race
		await settle(env, ...processes);
		const all = processes.flatMap((trigger) => ids(trigger.items()));
		expect(duplicatesOf(all)).toEqual([]);
		expect(all.sort()).toEqual(events.filter((event) => event.type !== 'charge.succeeded').map((event) => event.id).sort());
	}, 60000);

	test('an edit of the chosen types changes the endpoint\'s enabled_events in place and keeps the place: nothing lost, nothing repeated', async () => {
		const trigger = track(await activeTrigger(env, anyEvent(['invoice.paid'])));
		const [endpoint] = endpoints();
		const first = emitAll(['invoice.paid']);
		await settle(env, trigger);
		trigger.setParameters({ eventTypes: ['invoice.paid', 'customer.subscription.deleted'] });
		await trigger.activate('update');
		expect(endpoints().map((current) => [current.id, current.enabled_events])).toEqual([[endpoint.id, ['customer.subscription.deleted', 'invoice.paid']]]);
		const second = emitAll(['customer.subscription.deleted', 'invoice.paid']);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual(idsOf([...first, ...second]));
	});

	test('"Listen for test event" emits the delivered event, read from Stripe, and leaves no endpoint or cursor', async () => {
		const trigger = track(await createWebhookTrigger({ node: { parameters: anyEvent(['invoice.paid']) }, credentials: credentialsFor(env) }));
		let event;
		const items = await trigger.listenForTestEvent(async () => {
			emit('product.created');
			event = emit('invoice.paid');
		});
		expect(ids(items)).toEqual([event.id]);
		expect(items[0]).toMatchObject({ type: 'invoice.paid', data: { object: { id: event.data.object.id } } });
		expect(endpoints()).toEqual([]);
		expect(trigger.staticData.cursor).toBeUndefined();
	});

	test('off for 20 days: the events of that time arrive once, oldest first, with the first delivery after reactivation', async () => {
		const trigger = track(await activeTrigger(env, anyEvent(['invoice.paid'])));
		await trigger.deactivate();
		const missed = [];
		for (let day = 0; day < 20; day++) {
			env.emu.control.clock.advance(DAY);
			missed.push(...emitAll(['invoice.paid', 'product.created']));
		}
		await trigger.activate();
		const after = emitAll(['invoice.paid']);
		await settle(env, trigger);
		expect(ids(trigger.items())).toEqual(idsOf([...missed, ...after], 'invoice.paid'));
	});

	test('off longer than Stripe keeps events: a warning says so, and the oldest event Stripe still has comes first', async () => {
		const warnings = spyOnWarnings();
		try {
			const trigger = track(await activeTrigger(env, anyEvent(['invoice.paid'])));
			const seen = emitAll(['invoice.paid']);
			await settle(env, trigger);
			expect(ids(trigger.items())).toEqual(idsOf(seen));
			await trigger.deactivate();
			env.emu.control.clock.advance(2 * DAY);
			emitAll(['invoice.paid']); // gone by the time the trigger is back
			env.emu.control.clock.advance(20 * DAY);
			const kept = emitAll(['invoice.paid']);
			env.emu.control.clock.advance(15 * DAY);
			await trigger.activate();
			const after = emitAll(['invoice.paid']);
			await settle(env, trigger);
			expect(ids(trigger.items())).toEqual(idsOf([...seen, ...kept, ...after]));
			expect(warnings.messages().filter((message) => /older than the 30 days Stripe keeps events/.test(message))).toHaveLength(1);
		} finally {
			warnings.restore();
		}
	});
});
