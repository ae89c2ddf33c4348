'use strict';
/**
 * Stripe's Search API (customers, products, prices, charges, payment intents): the query language (clauses `field:'v'`,
 * `field~'v'`, `metadata['k']:'v'`, quoted with ' or ", negated with -, numeric `created>n`,
 * joined by spaces/AND or by OR, never both) and `next_page` pagination with an opaque cursor.
 * Search never shows test-only semantics the real one lacks: an unknown field or a malformed
 * query is a 400 on `query`, as Stripe answers.
 */
const { ParamError } = require('./validate');

/** The query fields Stripe documents per resource, and their kind. */
const FIELDS = {
	customer: { created: 'number', email: 'string', metadata: 'metadata', name: 'string', phone: 'string' },
	product: { active: 'boolean', created: 'number', description: 'string', metadata: 'metadata', name: 'string', shippable: 'boolean', url: 'string' },
	invoice: { created: 'number', currency: 'string', customer: 'string', metadata: 'metadata', number: 'string', receipt_number: 'string', status: 'string', subscription: 'string', total: 'number' },
	subscription: { created: 'number', metadata: 'metadata', status: 'string' },
	price: { active: 'boolean', created: 'number', currency: 'string', lookup_key: 'string', metadata: 'metadata', product: 'string', type: 'string' },
	charge: {
		amount: 'number',
		'billing_details.address.postal_code': 'string',
		created: 'number',
		currency: 'string',
		customer: 'string',
		disputed: 'boolean',
		metadata: 'metadata',
		payment_intent: 'string',
		'payment_method_details.card.brand': 'string',
		'payment_method_details.card.last4': 'string',
		refunded: 'boolean',
		status: 'string',
	},
	payment_intent: { amount: 'number', created: 'number', currency: 'string', customer: 'string', metadata: 'metadata', status: 'string' },
};
const MAX_CLAUSES = 10;

const invalidQuery = (query, why) => new ParamError('parameter_invalid_string', 'query', `Invalid search query "${query}": ${why}`);

/** Splits a query into clauses and the keywords between them. */
function tokenize(query) {
	const tokens = [];
	const pattern =
		/\s*(?:(AND|OR)(?=\s)|(-?)(metadata\[(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]|[a-z_.]+)\s*(:|~|>=|<=|>|<)\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s'"]+)))\s*/iy;
	while (pattern.lastIndex < query.length) {
		const at = pattern.lastIndex;
		const m = pattern.exec(query);
		if (!m) throw invalidQuery(query, `cannot parse at "${query.slice(at, at + 20)}"`);
		if (m[1]) tokens.push({ keyword: m[1].toUpperCase() });
		else {
			const quoted = m[7] ?? m[8];
			tokens.push({
				negated: m[2] === '-',
				field: m[4] !== undefined || m[5] !== undefined ? 'metadata' : m[3],
				metaKey: unescape(m[4] ?? m[5]),
				op: m[6],
				value: quoted !== undefined ? unescape(quoted) : m[9],
				quoted: quoted !== undefined,
			});
		}
	}
	return tokens;
}

const unescape = (text) => (text === undefined ? undefined : text.replace(/\\(.)/g, '$1'));

function parse(type, query) {
	const tokens = tokenize(query);
	const clauses = tokens.filter((t) => !t.keyword);
	const keywords = new Set(tokens.filter((t) => t.keyword).map((t) => t.keyword));
	if (clauses.length === 0) throw invalidQuery(query, 'no clause');
	if (clauses.length > MAX_CLAUSES) throw invalidQuery(query, `at most ${MAX_CLAUSES} clauses`);
	if (keywords.has('AND') && keywords.has('OR')) throw invalidQuery(query, 'AND and OR cannot be combined');
	tokens.forEach((token, index) => {
		if (token.keyword && (index === 0 || index === tokens.length - 1 || tokens[index - 1].keyword)) throw invalidQuery(query, `misplaced ${token.keyword}`);
	});
	for (const clause of clauses) {
		const kind = FIELDS[type][clause.field];
		if (!kind) throw invalidQuery(query, `${clause.field} is not a supported search field for ${type}s`);
		if (clause.op === '~' && kind !== 'string') throw invalidQuery(query, `~ is for text fields, not ${clause.field}`);
		if (/[<>]/.test(clause.op) && kind !== 'number') throw invalidQuery(query, `${clause.op} is for numeric fields, not ${clause.field}`);
		if (kind === 'number' && !/^-?\d+$/.test(clause.value)) throw invalidQuery(query, `${clause.field} takes a number`);
		if ((kind === 'string' || kind === 'metadata') && !clause.quoted && clause.value !== 'null') throw invalidQuery(query, `quote the value of ${clause.field}`);
		clause.kind = kind;
	}
	return { clauses, any: keywords.has('OR') };
}

function matches(object, clause) {
	const actual = clause.kind === 'metadata' ? object.metadata?.[clause.metaKey] : clause.field.split('.').reduce((value, key) => value?.[key], object);
	let hit;
	if (!clause.quoted && clause.value === 'null') hit = actual === null || actual === undefined || actual === '';
	else if (clause.kind === 'number') {
		const [a, v] = [Number(actual), Number(clause.value)];
		hit = { ':': a === v, '>': a > v, '<': a < v, '>=': a >= v, '<=': a <= v }[clause.op];
	} else if (clause.kind === 'boolean') hit = String(actual) === clause.value.toLowerCase();
	else if (typeof actual !== 'string') hit = false;
	else if (clause.op === '~') hit = actual.toLowerCase().includes(clause.value.toLowerCase());
	else hit = actual.toLowerCase() === clause.value.toLowerCase();
	return clause.negated ? !hit : hit;
}

/** A predicate for the objects of `type` that the query selects; throws Stripe's 400 when it is not a query. */
function searchFilter(type, query) {
	const { clauses, any } = parse(type, query);
	return (object) => (any ? clauses.some((c) => matches(object, c)) : clauses.every((c) => matches(object, c)));
}

/** next_page: an opaque cursor naming the last object handed out, so a walk is stable while objects are added. */
const pageToken = (object) => Buffer.from(`${object.created}.${object._seq}`).toString('base64url');

function afterToken(token) {
	const [created, seq] = Buffer.from(token, 'base64url').toString().split('.').map(Number);
	if (!Number.isInteger(created) || !Number.isInteger(seq)) throw new ParamError('parameter_invalid_string', 'page', `Invalid page: ${token}`);
	return (object) => object.created < created || (object.created === created && object._seq < seq);
}

/**
 * One page of a search, newest first: {data, has_more, next_page}. `sorted` is the store's
 * oldest-first list; `indexed` says whether an object has reached the search index yet.
 */
function searchPage(type, sorted, { query, limit = 10, page }, indexed = () => true) {
	if (limit < 1 || limit > 100) throw new ParamError('parameter_invalid_integer', 'limit', 'This value must be greater than or equal to 1 and less than or equal to 100.');
	const selected = searchFilter(type, query);
	const after = page ? afterToken(page) : () => true;
	const data = [];
	let hasMore = false;
	for (let index = sorted.length - 1; index >= 0; index--) {
		const object = sorted[index];
		if (!after(object) || !indexed(object) || !selected(object)) continue;
		if (data.length === limit) {
			hasMore = true;
			break;
		}
		data.push(object);
	}
	return { data, has_more: hasMore, next_page: hasMore ? pageToken(data[data.length - 1]) : null };
}

module.exports = { searchPage, searchFilter };
