'use strict';
/** Runs a workflow through n8n-core's WorkflowExecute, as n8n does for a manual or CLI run. */
const { randomUUID } = require('node:crypto');
const { WorkflowExecute } = require('n8n-core');
const { Workflow } = require('n8n-workflow');
const { createAdditionalData } = require('./additionalData');
const { ensureContainer } = require('./container');
const { loadPackageNodeTypes } = require('./nodeTypes');

async function runWorkflow({ workflow, credentials = {}, items, executionId = randomUUID(), source = 'ts', mode = 'manual', extraNodeTypes = {} }) {
	ensureContainer();
	const loaded = loadPackageNodeTypes({ source });
	const { credentialTypes } = loaded;
	const nodeTypes = withExtraTypes(loaded.nodeTypes, extraNodeTypes);
	const nodes = workflow.nodes.map((node, index) => ({
		id: node.id ?? `node-${index}`,
		position: node.position ?? [index * 200, 0],
		typeVersion: node.typeVersion ?? 1,
		parameters: node.parameters ?? {},
		...node,
	}));
	const workflowData = {
		id: workflow.id ?? 'harness-workflow',
		name: workflow.name ?? 'harness',
		nodes,
		connections: workflow.connections ?? {},
		active: false,
		settings: {},
	};
	const wf = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes,
		connections: workflowData.connections,
		active: false,
		nodeTypes,
		staticData: {},
		settings: { executionOrder: 'v1' },
	});
	const additionalData = createAdditionalData({ credentialTypes, credentials, executionId, workflowData, mode });
	const startNode = nodes.find((node) => !hasIncoming(workflowData.connections, node.name));
	const pinData = items ? { [startNode.name]: items.map((json) => ({ json })) } : undefined;
	const run = await new WorkflowExecute(additionalData, mode).run({ workflow: wf, startNode, pinData });
	return new WorkflowResult(run);
}

function hasIncoming(connections, nodeName) {
	return Object.values(connections).some((byType) =>
		(byType.main ?? []).some((outputs) => (outputs ?? []).some((connection) => connection.node === nodeName)),
	);
}

/** Node types a test defines for itself (e.g. to prove the harness) beside the package's. */
function withExtraTypes(nodeTypes, extra) {
	if (Object.keys(extra).length === 0) return nodeTypes;
	return {
		...nodeTypes,
		getByName: (name) => extra[name] ?? nodeTypes.getByName(name),
		getByNameAndVersion: (name, version) => extra[name] ?? nodeTypes.getByNameAndVersion(name, version),
	};
}

class WorkflowResult {
	constructor(run) {
		this.run = run;
		this.runData = run.data.resultData.runData;
		this.error = run.data.resultData.error;
	}

	lastTask(nodeName) {
		const tasks = this.runData[nodeName];
		return tasks ? tasks[tasks.length - 1] : undefined;
	}

	/** The items of the node's first output in its last run. */
	outputOf(nodeName) {
		return this.lastTask(nodeName)?.data?.main?.[0] ?? [];
	}

	/** The execution hints the node's last run added (shown above its output in the editor). */
	hintsOf(nodeName) {
		return this.lastTask(nodeName)?.hints ?? [];
	}

	/** The error the node's last run ended with, if any. */
	errorOf(nodeName) {
		return this.lastTask(nodeName)?.error;
	}
}

module.exports = { runWorkflow };
