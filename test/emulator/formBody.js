'use strict';
/** Decodes Stripe's bracket form syntax (`a[b][0]=x`, `expand[]=y`) into nested values. */
function parseForm(text) {
	const root = {};
	for (const [rawKey, value] of new URLSearchParams(text)) {
		const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(rawKey);
		if (!match) {
			root[rawKey] = value;
			continue;
		}
		const path = [match[1], ...[...match[2].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])];
		let node = root;
		for (let i = 0; i < path.length - 1; i++) {
			const key = path[i] === '' ? String(Object.keys(node).length) : path[i];
			if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
			node = node[key];
		}
		const last = path[path.length - 1];
		node[last === '' ? String(Object.keys(node).length) : last] = value;
	}
	return root;
}

module.exports = { parseForm };
