const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export type BaseUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * An API key must never cross a network in clear text: https is required, plain http is
 * accepted only for loopback hosts (a local emulator or proxy on this machine).
 */
export function checkBaseUrl(raw: string): BaseUrlCheck {
	let parsed: URL;
	try {
		parsed = new URL(raw.trim());
	} catch {
		return { ok: false, reason: `Base URL "${raw}" is not a valid URL` };
	}
	if (parsed.protocol === 'https:') return { ok: true, url: trimSlash(parsed) };
	if (parsed.protocol === 'http:' && LOOPBACK_HOST.test(parsed.hostname)) {
		return { ok: true, url: trimSlash(parsed) };
	}
	return {
		ok: false,
		reason: `Base URL "${parsed.origin}" refused: use https:// (http:// is allowed only for localhost, 127.x.x.x and [::1])`,
	};
}

function trimSlash(url: URL): string {
	return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
