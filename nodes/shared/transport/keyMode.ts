export type KeyMode = 'test' | 'live' | 'unknown';

/** Stripe keys carry their mode in the prefix: sk_test_, rk_live_, … */
export function keyMode(apiKey: string): KeyMode {
	const match = /^(?:sk|rk)_(test|live)_/.exec(apiKey.trim());
	return match ? (match[1] as KeyMode) : 'unknown';
}

const KEY_SHAPED = /\b((?:sk|rk|pk)_(?:test|live)_)[A-Za-z0-9*_]+/g;

/** Stripe echoes (masked) keys in some messages; we show only the prefix, never key characters. */
export function redactKeys(text: string): string {
	return text.replace(KEY_SHAPED, '$1…');
}
