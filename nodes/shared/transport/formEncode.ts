export type FormValue =
	| string
	| number
	| boolean
	| null
	| undefined
	| FormValue[]
	| { [key: string]: FormValue };

/**
 * Stripe's form encoding: nested keys in brackets (`metadata[k]=v`, `images[0]=…`,
 * `created[gte]=1`). `null` and `''` are sent as an empty value, which unsets the field on
 * Stripe; `undefined` is not sent at all. An empty array is sent as `''` (clears the list).
 * `expand` takes `expand[]=…` as Stripe documents it.
 */
export function encodeForm(params: Record<string, FormValue>): string {
	const pairs: string[] = [];
	for (const [key, value] of Object.entries(params)) appendValue(pairs, key, value);
	return pairs.join('&');
}

function appendValue(pairs: string[], key: string, value: FormValue): void {
	if (value === undefined) return;
	if (value === null || value === '') {
		pairs.push(`${encodeKey(key)}=`);
		return;
	}
	if (Array.isArray(value)) {
		if (value.length === 0) {
			pairs.push(`${encodeKey(key)}=`);
			return;
		}
		const indexed = key !== 'expand' && !key.endsWith('[expand]');
		value.forEach((entry, index) => appendValue(pairs, indexed ? `${key}[${index}]` : `${key}[]`, entry));
		return;
	}
	if (typeof value === 'object') {
		for (const [child, childValue] of Object.entries(value)) {
			appendValue(pairs, `${key}[${child}]`, childValue);
		}
		return;
	}
	pairs.push(`${encodeKey(key)}=${encodeURIComponent(String(value))}`);
}

// Brackets stay readable in logs and are what Stripe's own libraries send.
function encodeKey(key: string): string {
	return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']');
}
