'use strict';
/**
 * Loads the package's node and credential types as n8n does: from the `n8n` block of
 * package.json. `source: 'ts'` requires the TypeScript sources (under jest's transform),
 * `source: 'dist'` the built package that n8n would install.
 */
const path = require('node:path');
const { startNodeType, START_NODE_TYPES } = require('./startNode');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = require(path.join(ROOT, 'package.json'));
const cache = new Map();

function loadEntry(entry, source, suffix) {
	const compiled = path.join(ROOT, entry);
	const file = source === 'ts' ? compiled.replace(`${path.sep}dist${path.sep}`, path.sep).replace(/\.js$/, '.ts') : compiled;
	const className = path.basename(entry).replace(suffix, '');
	const Class = require(file)[className];
	if (!Class) throw new Error(`${file} does not export ${className}`);
	return new Class();
}

function loadPackageNodeTypes({ source = 'ts' } = {}) {
	if (cache.has(source)) return cache.get(source);
	const nodes = {};
	for (const entry of PACKAGE.n8n.nodes) {
		const type = loadEntry(entry, source, '.node.js');
		const name = type.description.name;
		nodes[name] = type;
		nodes[`${PACKAGE.name}.${name}`] = type;
	}
	for (const name of START_NODE_TYPES) nodes[name] = startNodeType;
	const credentials = {};
	for (const entry of PACKAGE.n8n.credentials) {
		const type = loadEntry(entry, source, '.credentials.js');
		credentials[type.name] = type;
	}
	const nodeTypes = {
		getByName: (name) => nodes[name],
		getByNameAndVersion: (name) => {
			const type = nodes[name];
			if (!type) throw new Error(`Unknown node type ${name}`);
			return type;
		},
		getKnownTypes: () => ({}),
	};
	const loaded = { nodeTypes, credentialTypes: credentials, packageName: PACKAGE.name };
	cache.set(source, loaded);
	return loaded;
}

module.exports = { loadPackageNodeTypes, ROOT };
