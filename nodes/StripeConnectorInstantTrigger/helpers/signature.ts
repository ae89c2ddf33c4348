import { createHmac, timingSafeEqual } from 'crypto';

/** Stripe's libraries accept a signature timestamp this many seconds away from now. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a `Stripe-Signature` header (`t=<unix>,v1=<hex>[,v1=<hex>…]`) against the exact bytes
 * of the request body: HMAC-SHA256 with the endpoint's secret over `t + "." + body`, compared in
 * constant time, any of the v1 signatures (several during a secret rotation). The reason names
 * what failed, never the secret or the expected signature.
 */
export function verifySignature(
	header: string | undefined,
	rawBody: Buffer,
	secret: string,
	nowSeconds: number,
	toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
	if (!header) return { ok: false, reason: 'no Stripe-Signature header' };
	let timestamp: number | undefined;
	const signatures: Buffer[] = [];
	for (const part of header.split(',')) {
		const separator = part.indexOf('=');
		if (separator < 0) continue;
		const key = part.slice(0, separator).trim();
		const value = part.slice(separator + 1).trim();
		if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
		if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
	}
	if (timestamp === undefined || signatures.length === 0) return { ok: false, reason: 'unparsable Stripe-Signature header' };
	if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
		return { ok: false, reason: `signature timestamp outside the ${toleranceSeconds} s tolerance` };
	}
	const expected = createHmac('sha256', secret)
		.update(`${timestamp}.`)
		.update(rawBody)
		.digest();
	const matches = signatures.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected));
	return matches ? { ok: true } : { ok: false, reason: 'no matching v1 signature' };
}
