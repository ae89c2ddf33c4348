'use strict';
/** Stripe-Signature verification: what passes and what is refused, on the exact bytes. */
const { createHmac } = require('node:crypto');
const { verifySignature } = require('../../nodes/StripeConnectorInstantTrigger/helpers/signature.ts');

const secret = 'whsec_test_xxxx';
const body = Buffer.from('{"id":"evt_1","type":"customer.created"}');
const sign = (t, payload = body, key = secret) => createHmac('sha256', key).update(`${t}.`).update(payload).digest('hex');
const now = 1_800_000_000;

describe('verifySignature', () => {
	test('a valid signature passes; any one of several v1 is enough', () => {
		expect(verifySignature(`t=${now},v1=${sign(now)}`, body, secret, now)).toEqual({ ok: true });
		expect(verifySignature(`t=${now},v1=${sign(now, body, 'whsec_old')},v1=${sign(now)}`, body, secret, now)).toEqual({ ok: true });
	});

	test.each([
		['missing', undefined, /no Stripe-Signature/],
		['no v1', `t=${now}`, /unparsable/],
		['no timestamp', `v1=${sign(now)}`, /unparsable/],
		['stale by 301 s', `t=${now - 301},v1=${sign(now - 301)}`, /tolerance/],
		['wrong secret', `t=${now},v1=${sign(now, body, 'whsec_other')}`, /no matching/],
		['tampered body', `t=${now},v1=${sign(now, Buffer.from('{"id":"evt_2"}'))}`, /no matching/],
		['timestamp swapped', `t=${now + 1},v1=${sign(now)}`, /no matching/],
	])('%s → refused', (_name, header, reason) => {
		const result = verifySignature(header, body, secret, now);
		expect(result.ok).toBe(false);
		expect(result.reason).toMatch(reason);
		expect(result.reason).not.toContain(secret);
	});

	test('the 300 s tolerance is inclusive', () => {
		expect(verifySignature(`t=${now - 300},v1=${sign(now - 300)}`, body, secret, now).ok).toBe(true);
	});
});
