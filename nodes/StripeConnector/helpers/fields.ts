import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INode } from 'n8n-workflow';

import type { FormValue } from '../../shared/transport/formEncode';

/** Stripe's metadata limits. */
const METADATA_MAX_KEYS = 50;
const METADATA_KEY_MAX = 40;
const METADATA_VALUE_MAX = 500;
const IMAGES_MAX = 8;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Fails an item before any request, naming the item (1-based, as the editor shows it) and the field. */
export function invalid(node: INode, itemIndex: number, field: string, problem: string): NodeOperationError {
	return new NodeOperationError(node, `Item ${itemIndex + 1}: "${field}" ${problem}`, { itemIndex });
}

export function emailValue(node: INode, itemIndex: number, value: unknown, field = 'Email'): string {
	const email = String(value ?? '').trim();
	if (email !== '' && !EMAIL.test(email)) throw invalid(node, itemIndex, field, `"${email}" is not an email address`);
	return email;
}

export function urlValue(node: INode, itemIndex: number, field: string, value: unknown): string {
	const url = String(value ?? '').trim();
	if (url !== '' && !isHttpUrl(url)) throw invalid(node, itemIndex, field, `"${url}" is not an absolute http(s) URL`);
	return url;
}

/** `images`: a comma-separated string or an array (from an expression); [] clears the list. */
export function imagesValue(node: INode, itemIndex: number, value: unknown): string[] {
	const list = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	const images = list.map((entry) => entry.trim()).filter((entry) => entry !== '');
	if (images.length > IMAGES_MAX) {
		throw invalid(node, itemIndex, 'Images', `has ${images.length} URLs; Stripe allows at most ${IMAGES_MAX}`);
	}
	for (const image of images) {
		if (!isHttpUrl(image)) throw invalid(node, itemIndex, 'Images', `"${image}" is not an absolute http(s) URL`);
	}
	return images;
}

/**
 * The key/value list as Stripe metadata. An empty value is kept as '' — Stripe removes that
 * key. `extra` adds entries the node manages itself (the caption).
 */
export function metadataValue(node: INode, itemIndex: number, value: unknown, extra: IDataObject = {}): Record<string, string> | undefined {
	const pairs = ((value as IDataObject | undefined)?.metadataValues as IDataObject[] | undefined) ?? [];
	if (pairs.length === 0 && Object.keys(extra).length === 0) return undefined;
	const metadata: Record<string, string> = {};
	for (const pair of pairs) {
		const key = String(pair.key ?? '').trim();
		const entry = pair.value === undefined || pair.value === null ? '' : String(pair.value);
		if (key === '') throw invalid(node, itemIndex, 'Metadata', 'has an entry without a key');
		if (key.length > METADATA_KEY_MAX) throw invalid(node, itemIndex, 'Metadata', `key "${key}" is longer than ${METADATA_KEY_MAX} characters`);
		if (/[[\]]/.test(key)) throw invalid(node, itemIndex, 'Metadata', `key "${key}" may not contain [ or ]`);
		if (entry.length > METADATA_VALUE_MAX) throw invalid(node, itemIndex, 'Metadata', `value of "${key}" is longer than ${METADATA_VALUE_MAX} characters`);
		metadata[key] = entry;
	}
	for (const [key, entry] of Object.entries(extra)) metadata[key] = String(entry ?? '');
	if (Object.keys(metadata).length > METADATA_MAX_KEYS) {
		throw invalid(node, itemIndex, 'Metadata', `has ${Object.keys(metadata).length} keys; Stripe allows at most ${METADATA_MAX_KEYS}`);
	}
	return metadata;
}

/** The id of a resource locator (or a plain string), checked before it becomes a path segment. */
export function locatorId(node: INode, itemIndex: number, field: string, value: unknown): string {
	const raw = typeof value === 'object' && value !== null ? (value as IDataObject).value : value;
	const id = String(raw ?? '').trim();
	if (id === '') throw invalid(node, itemIndex, field, 'is empty');
	if (!/^[A-Za-z0-9_-]+$/.test(id)) throw invalid(node, itemIndex, field, `"${id}" is not a Stripe ID (letters, digits, _ and - only)`);
	return id;
}

/** Copies the fields present in `fields` with their checked values; absent fields are not sent. */
export function pick(fields: IDataObject, names: string[]): Record<string, FormValue> {
	const body: Record<string, FormValue> = {};
	for (const name of names) if (name in fields) body[name] = fields[name] as FormValue;
	return body;
}

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

/** Options named after Stripe's codes in words: 'past_due' is shown as "Past due". */
export function codeOptions(codes: readonly string[]): Array<{ name: string; value: string }> {
	return codes.map((code) => ({ name: code.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase()), value: code }));
}
