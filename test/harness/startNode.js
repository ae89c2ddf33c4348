'use strict';
/**
 * Stands in for n8n's Manual Trigger (the n8n core nodes the examples use are loaded for real,
 * see nodeTypes.js): the workflow's first node, emitting one empty item as the Manual Trigger does. Tests that
 * feed many items pin them on this node (n8n's own pin-data mechanism).
 */
const START_NODE_TYPES = ['n8n-nodes-base.manualTrigger', 'harness.start'];

const startNodeType = {
	description: {
		displayName: 'Start',
		name: 'harness.start',
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	},
	async execute() {
		return [[{ json: {} }]];
	},
};

module.exports = { startNodeType, START_NODE_TYPES };
