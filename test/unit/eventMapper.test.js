'use strict';
/** The event mapper: the whole event (default) and the flat item (Simplify). */
const { eventItem, flatEventItem } = require('../../nodes/shared/mappers/event');

const event = {
	id: 'evt_1',
	object: 'event',
	api_version: '2025-02-24.acacia',
	created: 1_800_000_000,
	data: { object: { id: 'in_1', object: 'invoice', created: 1_799_999_000, status: 'paid', id_extra: 1 }, previous_attributes: { status: 'open' } },
	livemode: true,
	pending_webhooks: 1,
	request: { id: 'req_1', idempotency_key: 'key-1' },
	type: 'invoice.updated',
};

describe('event mapper', () => {
	test('whole event: Stripe\'s fields unchanged but created as ISO 8601', () => {
		expect(eventItem(event)).toEqual({ ...event, created: '2027-01-15T08:00:00.000Z' });
	});

	test('flat: event fields (camelCase, prefixed) first, then the object\'s own fields untouched', () => {
		const item = flatEventItem(event);
		expect(Object.keys(item)).toEqual([
			'eventId', 'eventType', 'eventCreated', 'eventLivemode', 'eventApiVersion', 'eventRequestId', 'eventIdempotencyKey', 'eventPreviousAttributes',
			'id', 'object', 'created', 'status', 'id_extra',
		]);
		expect(item).toMatchObject({ eventId: 'evt_1', eventType: 'invoice.updated', eventCreated: '2027-01-15T08:00:00.000Z', eventRequestId: 'req_1', eventIdempotencyKey: 'key-1', eventPreviousAttributes: { status: 'open' }, id: 'in_1', created: 1_799_999_000 });
	});

	test('flat: no previous_attributes and a null request give nulls; a Connect event adds eventAccount; Fetch Current Object its source', () => {
		const item = flatEventItem({ ...event, data: { object: { id: 'cus_1' } }, request: null, account: 'acct_1', objectSource: 'event', objectSourceNote: 'deleted' });
		expect(item).toMatchObject({ eventPreviousAttributes: null, eventRequestId: null, eventIdempotencyKey: null, eventAccount: 'acct_1', eventObjectSource: 'event', eventObjectSourceNote: 'deleted', id: 'cus_1' });
	});
});
