'use strict';
/**
 * Runs our action node as an AI agent's tool through n8n-core's own paths, both in use in n8n 2.x:
 * - `supplyData`: the agent asks for its `ai_tool` connections (`getInputConnectionData`), n8n-core
 *   wraps the connected node as a LangChain tool (`createNodeAsTool`, with the `$fromAI` schema) and
 *   each `invoke` runs the node's `execute` in a SupplyDataContext (the Tools Agent);
 * - `engine`: the agent returns an engine request naming the tool node and its arguments;
 *   WorkflowExecute runs the node (its output rewired to `ai_tool`) and resumes the agent with
 *   the results (agents that hand tool calls back to the engine).
 *
 * Two stand-ins, both test drivers rather than product code: `toolVariant()` builds the `…Tool`
 * node type the way n8n's node loader does for a `usableAsTool` node (same execute, `ai_tool`
 * output, a Tool Description parameter), and the agent node replays a scripted list of calls
 * instead of asking a model.
 */
const { NodeConnectionTypes } = require('n8n-workflow');
const { runWorkflow } = require('./runWorkflow');
const { loadPackageNodeTypes } = require('./nodeTypes');

const AGENT_TYPES = { supplyData: 'harness.scriptedAgent', engine: 'harness.engineAgent' };

function toolVariant(nodeType) {
	const { description } = nodeType;
	return {
		description: {
			...description,
			name: `${description.name}Tool`,
			displayName: `${description.displayName} Tool`,
			inputs: [],
			outputs: [NodeConnectionTypes.AiTool],
			properties: [
				{
					displayName: 'Tool Description',
					name: 'descriptionType',
					type: 'options',
					options: [
						{ name: 'Set Automatically', value: 'auto' },
						{ name: 'Set Manually', value: 'manual' },
					],
					default: 'auto',
				},
				{ displayName: 'Description', name: 'toolDescription', type: 'string', default: description.description, displayOptions: { show: { descriptionType: ['manual'] } } },
				...description.properties,
			],
		},
		methods: nodeType.methods,
		execute: nodeType.execute,
	};
}

const agentDescription = (name) => ({
	displayName: 'Scripted Agent',
	name,
	group: ['transform'],
	version: 1,
	description: 'Invokes its connected tool with the calls in its input item, as an agent would',
	defaults: { name: 'Agent' },
	inputs: [NodeConnectionTypes.Main, { type: NodeConnectionTypes.AiTool, required: true }],
	outputs: [NodeConnectionTypes.Main],
	properties: [],
});

const engineAgent = {
	description: agentDescription(AGENT_TYPES.engine),
	async execute(response) {
		const calls = this.getInputData()[0].json.calls;
		if (!response?.actionResponses?.length) {
			// The model's calls of one turn, run by the engine one after the other.
			const actions = calls.map((input, index) => ({ actionType: 'ExecutionNodeAction', nodeName: 'Stripe', input, type: NodeConnectionTypes.AiTool, id: `call_${index}`, metadata: {} }));
			return { actions, metadata: {} };
		}
		const results = response.actionResponses.map(({ data }) => {
			const items = data?.data?.[NodeConnectionTypes.AiTool]?.[0];
			return items ? { answer: JSON.stringify(items.map((item) => item.json)) } : { threw: data?.error?.message };
		});
		return [[{ json: { results } }]];
	},
};

const scriptedAgent = {
	description: agentDescription(AGENT_TYPES.supplyData),
	async execute() {
		const [tool] = await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0);
		const calls = this.getInputData()[0].json.calls;
		const results = [];
		for (const args of calls) {
			try {
				results.push({ answer: await tool.invoke(args) });
			} catch (error) {
				results.push({ threw: error.message });
			}
		}
		const schema = Object.keys(tool.schema.shape ?? {});
		return [[{ json: { tool: { name: tool.name, description: tool.description, arguments: schema }, results } }]];
	},
};

/**
 * Runs `calls` (argument objects for `$fromAI` keys) against the action node configured with
 * `parameters`, as tool "Stripe" of an agent. Returns { tool, results: [{answer} | {threw}], run }.
 */
async function callAsTool({ parameters, calls, credentials, executionId, settings = {}, path = 'supplyData' }) {
	const { nodeTypes } = loadPackageNodeTypes();
	const base = nodeTypes.getByName('n8n-nodes-stripe-connector.stripeConnector');
	const toolType = 'n8n-nodes-stripe-connector.stripeConnectorTool';
	const run = await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: 'n8n-nodes-base.manualTrigger' },
				{ name: 'Agent', type: AGENT_TYPES[path] },
				{ name: 'Stripe', type: toolType, parameters, credentials: { stripeConnectorApi: { id: '1', name: 'Stripe (emulator)' } }, ...settings },
			],
			connections: {
				Start: { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
				Stripe: { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
			},
		},
		credentials,
		items: [{ calls }],
		executionId,
		extraNodeTypes: { [AGENT_TYPES.supplyData]: scriptedAgent, [AGENT_TYPES.engine]: engineAgent, [toolType]: toolVariant(base) },
	});
	const [out] = run.outputOf('Agent');
	return { tool: out?.json.tool, results: out?.json.results ?? [], run };
}

module.exports = { callAsTool };
