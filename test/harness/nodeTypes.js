'use strict';
/**
 * Loads the package's node and credential types as n8n does: from the `n8n` block of
 * package.json. `source: 'ts'` requires the TypeScript sources (under jest's transform),
 * `source: 'dist'` the built package that n8n would install. The few n8n core nodes the
 * example workflows use (If, Edit Fields, Split Out) are n8n's own, from n8n-nodes-base (a devDependency
 * at the version of n8n-core), loaded when a workflow first asks for them.
 */
const path = require('node:path');
const { startNodeType, START_NODE_TYPES } = require('./startNode');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = require(path.join(ROOT, 'package.json'));
const cache = new Map();

/** n8n core node types the example workflows use, by type name: their file in n8n-nodes-base. */
const N8N_BASE_NODES = {
	'n8n-nodes-base.if': ['If/If.node.js', 'If'],
	'n8n-nodes-base.noOp': ['NoOp/NoOp.node.js', 'NoOp'],
	'n8n-nodes-base.set': ['Set/Set.node.js', 'Set'],
	'n8n-nodes-base.splitOut': ['Transform/SplitOut/SplitOut.node.js', 'SplitOut'],
};
const baseNodes = new Map();

function n8nBaseNode(name) {
	if (!N8N_BASE_NODES[name]) return undefined;
	if (!baseNodes.has(name)) {
		const [file, className] = N8N_BASE_NODES[name];
		baseNodes.set(name, new (require(`n8n-nodes-base/dist/nodes/${file}`)[className])());
	}
	return baseNodes.get(name);
}

/** A versioned node type (as n8n's If and Set are) resolved to the node's typeVersion. */
const atVersion = (type, version) => (typeof type?.getNodeType === 'function' ? type.getNodeType(version) : type);

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
		getByName: (name) => nodes[name] ?? n8nBaseNode(name),
		getByNameAndVersion: (name, version) => {
			const type = nodes[name] ?? n8nBaseNode(name);
			if (!type) throw new Error(`Unknown node type ${name}`);
			return atVersion(type, version);
		},
		getKnownTypes: () => ({}),
	};
	const loaded = { nodeTypes, credentialTypes: credentials, packageName: PACKAGE.name };
	cache.set(source, loaded);
	return loaded;
}

module.exports = { loadPackageNodeTypes, ROOT };
