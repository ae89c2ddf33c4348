'use strict';
/**
 * Drives a polling trigger the way n8n does: n8n-core's PollContext and TriggersAndPollers
 * run `poll()`, with the workflow's static data carried from poll to poll. It also models
 * what n8n persists: static data is saved at activation (the first poll) and after a poll that
 * emitted items; changes made by an empty or failed poll live only in memory until then, and
 * `restart()` throws them away as an n8n restart would. Manual polls ("Fetch Test Event") are
 * never saved.
 */
const { PollContext, TriggersAndPollers } = require('n8n-core');
const { Workflow, deepCopy } = require('n8n-workflow');
const { createAdditionalData } = require('./additionalData');
const { ensureContainer } = require('./container');
const { loadPackageNodeTypes } = require('./nodeTypes');

const triggersAndPollers = new TriggersAndPollers();

function createPoller({ node, credentials = {}, mode = 'trigger', staticData, source = 'ts' }) {
	ensureContainer();
	const { nodeTypes, credentialTypes } = loadPackageNodeTypes({ source });
	const triggerNode = {
		id: 'trigger-node',
		name: 'Stripe Trigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: Object.fromEntries(Object.keys(credentials).map((type) => [type, { id: '1', name: type }])),
		...deepCopy(node),
	};
	let currentMode = mode;
	let saved = staticData ? { [`node:${triggerNode.name}`]: deepCopy(staticData) } : {};
	let activated = false;
	let workflow = buildWorkflow(saved);

	function buildWorkflow(workflowStaticData) {
		return new Workflow({
			id: 'harness-poll-workflow',
			name: 'harness poll',
			nodes: [triggerNode],
			connections: {},
			active: true,
			nodeTypes,
			staticData: deepCopy(workflowStaticData),
			settings: { executionOrder: 'v1' },
		});
	}

	const nodeStatic = (workflowStaticData) => deepCopy(workflowStaticData[`node:${triggerNode.name}`] ?? {});

	async function poll() {
		const additionalData = createAdditionalData({
			credentialTypes,
			credentials,
			executionId: undefined,
			workflowData: { id: workflow.id, name: workflow.name, nodes: [triggerNode], connections: {} },
			mode: currentMode,
		});
		let emitted = null;
		const activation = activated ? 'trigger' : 'activate';
		const context = new PollContext(workflow, triggerNode, additionalData, currentMode, activation, (data) => {
			emitted = data;
		});
		const response = await triggersAndPollers.runPollFunction(workflow, triggerNode, context);
		if (response !== null) context.__emit(response);
		if (currentMode !== 'manual') {
			if (!activated || emitted) saved = deepCopy(workflow.staticData);
			activated = true;
		}
		return emitted ? emitted.flat().map((item) => item.json) : null;
	}

	return {
		poll,
		get staticData() {
			return nodeStatic(workflow.staticData);
		},
		get savedStaticData() {
			return nodeStatic(saved);
		},
		restart() {
			workflow = buildWorkflow(saved);
		},
		setParameters(parameters) {
			triggerNode.parameters = { ...triggerNode.parameters, ...deepCopy(parameters) };
		},
		setMode(next) {
			currentMode = next;
		},
	};
}

module.exports = { createPoller };
