/**
 * An id is user input that becomes a path segment. Percent-encoding keeps `/`, `?` and `#`
 * inside the segment; dot segments are refused because URL parsers resolve `%2E%2E` as `..`.
 * Returns the encoded segment, or throws a plain Error naming the problem (the caller wraps
 * it with the item and the field).
 */
export function encodePathId(id: string): string {
	const trimmed = id.trim();
	if (trimmed === '') throw new Error('the ID is empty');
	if (/^(\.|%2e){1,2}$/i.test(trimmed)) throw new Error(`"${trimmed}" is not a valid ID`);
	if (trimmed.length > 255) throw new Error('the ID is longer than 255 characters');
	return encodeURIComponent(trimmed);
}

/** `/v1/customers/{id}` with the id encoded as one path segment. */
export function resourcePath(collection: string, id: string): string {
	return `${collection}/${encodePathId(id)}`;
}
