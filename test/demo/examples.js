'use strict';
/**
 * Runs the importable example workflows in examples/ the way n8n would: action workflows
 * through WorkflowExecute, trigger workflows as polls (activation, then a poll for what is new).
 * Shared by `npm start` (the offline demo) and the test that keeps the examples working.
 */
const fs = require('node:fs');
const path = require('node:path');
const { runWorkflow, createPoller } = require('../harness');

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

function listExamples() {
	return fs
		.readdirSync(EXAMPLES)
		.filter((file) => file.endsWith('.workflow.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) }));
}

const triggerOf = (workflow) => workflow.nodes.find((node) => node.type.endsWith('.stripeConnectorTrigger'));

/**
 * Returns [{node, items, outputs, error}] in execution order. `makeNew` (emulator only) creates objects
 * between the activation poll and the next one; without it the trigger shows Fetch Test Event.
 */
async function runExample(workflow, { credentials, source, makeNew }) {
	const trigger = triggerOf(workflow);
	if (trigger) {
		if (!makeNew) {
			const poller = createPoller({ node: trigger, credentials, mode: 'manual', source });
			return [{ node: `${trigger.name} (Fetch Test Event)`, items: await poller.poll() }];
		}
		const poller = createPoller({ node: trigger, credentials, mode: 'trigger', source });
		const activation = await poller.poll();
		await makeNew(trigger.parameters.event);
		return [
			{ node: `${trigger.name} (activation)`, items: activation ?? [] },
			{ node: `${trigger.name} (next poll)`, items: (await poller.poll()) ?? [] },
		];
	}
	const result = await runWorkflow({ workflow, credentials, source });
	return Object.keys(result.runData).map((node) => {
		// Every output of the node (an If has two): `outputs` holds the item count of each.
		const outputs = result.lastTask(node)?.data?.main ?? [];
		return {
			node,
			items: outputs.flatMap((output) => (output ?? []).map((item) => item.json)),
			outputs: outputs.map((output) => output?.length ?? 0),
			error: result.errorOf(node),
		};
	});
}

module.exports = { listExamples, runExample };
