'use strict';
/** Calls a node's listSearch method (the resource locator's "From List") through n8n-core's LoadOptionsContext, as the editor does. */
const { LoadOptionsContext } = require('n8n-core');
const { Workflow } = require('n8n-workflow');
const { createAdditionalData } = require('./additionalData');
const { ensureContainer } = require('./container');
const { loadPackageNodeTypes } = require('./nodeTypes');

async function listSearch({ nodeType, parameters = {}, credentials, method, filter, paginationToken, source = 'ts' }) {
	ensureContainer();
	const { nodeTypes, credentialTypes } = loadPackageNodeTypes({ source });
	const node = {
		id: 'list-search-node',
		name: 'Stripe',
		type: nodeType,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(Object.keys(credentials).map((type) => [type, { id: '1', name: type }])),
	};
	const workflow = new Workflow({ id: 'list-search', nodes: [node], connections: {}, active: false, nodeTypes, staticData: {} });
	const additionalData = createAdditionalData({ credentialTypes, credentials, executionId: undefined, workflowData: { id: workflow.id, nodes: [node], connections: {} } });
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const type = nodeTypes.getByNameAndVersion(nodeType, 1);
	return await type.methods.listSearch[method].call(context, filter, paginationToken);
}

module.exports = { listSearch };
