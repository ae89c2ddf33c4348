'use strict';
const { checkBaseUrl } = require('../../nodes/shared/transport/baseUrl.ts');

describe('base URL policy', () => {
	test.each([
		['https://api.stripe.com', 'https://api.stripe.com'],
		['https://api.stripe.com/', 'https://api.stripe.com'],
		['http://127.0.0.1:12111', 'http://127.0.0.1:12111'],
		['http://localhost:8080/', 'http://localhost:8080'],
		['http://[::1]:9000', 'http://[::1]:9000'],
	])('%s is accepted', (raw, url) => {
		expect(checkBaseUrl(raw)).toEqual({ ok: true, url });
	});

	test.each([['http://api.stripe.com'], ['http://10.0.0.5'], ['http://localhost.evil.example'], ['ftp://x'], ['not a url']])(
		'%s is refused',
		(raw) => {
			expect(checkBaseUrl(raw).ok).toBe(false);
		},
	);
});
