'use strict';
/**
 * Drives a webhook trigger the way n8n does, with n8n-core's own contexts:
 * - activation: HookContext → webhookMethods.default.checkExists, then create when it answers
 *   false; static data saved afterwards (ActiveWorkflowManager.addWebhooks);
 * - deactivation: HookContext (mode 'internal', activation 'update') → delete; static data saved
 *   (clearWebhooks);
 * - "Listen for test event": the same in mode 'manual' with the test URL, delete afterwards;
 * - each request: a real HTTP server (n8n's webhook front) loads the saved static data into a
 *   fresh Workflow, runs `webhook()` in a WebhookContext with the request (raw body kept) and the
 *   response, answers (responseMode onReceived) unless the node did, starts an execution when it
 *   returned workflowData, and saves the static data after the answer: two requests at once both
 *   start from the state before either, and the later save wins — as in n8n.
 *
 * `publicUrl` is the address registered with Stripe (n8n's WEBHOOK_URL), e.g. a load balancer
 * in front of several harnesses. `nodeType` lets a test run a second copy of the node's module (a second n8n process, with its
 * own memory) against the same saved static data (the shared database).
 */
const http = require('node:http');
const { HookContext, WebhookContext } = require('n8n-core');
const { Workflow, deepCopy } = require('n8n-workflow');
const { createAdditionalData } = require('./additionalData');
const { ensureContainer } = require('./container');
const { loadPackageNodeTypes } = require('./nodeTypes');

const TYPE = 'n8n-nodes-stripe-connector.stripeConnectorInstantTrigger';

/** The saved static data of a workflow: what n8n's database holds. Shared by the "processes" of one test. */
class StaticDataStore {
	constructor(initial = {}) {
		this.saved = deepCopy(initial);
		this.saves = 0;
	}

	load() {
		return deepCopy(this.saved);
	}

	save(workflow) {
		const data = workflow.staticData;
		if (data.__dataChanged !== true) return;
		const copy = deepCopy(data);
		delete copy.__dataChanged;
		this.saved = copy;
		this.saves++;
		data.__dataChanged = false;
	}
}

async function createWebhookTrigger({ node = {}, credentials = {}, source = 'ts', nodeType, store = new StaticDataStore(), workflowId = 'harness-webhook-workflow', publicUrl } = {}) {
	ensureContainer();
	const loaded = loadPackageNodeTypes({ source });
	const type = nodeType ?? loaded.nodeTypes.getByNameAndVersion(TYPE, 1);
	const nodeTypes = {
		...loaded.nodeTypes,
		getByName: (name) => (name === TYPE ? type : loaded.nodeTypes.getByName(name)),
		getByNameAndVersion: (name, version) => (name === TYPE ? type : loaded.nodeTypes.getByNameAndVersion(name, version)),
	};
	const triggerNode = {
		id: 'instant-trigger-node',
		name: 'Stripe Instant',
		type: TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: '6c0f4a3e-8a9d-4b55-9d43-000000000001',
		parameters: {},
		credentials: Object.fromEntries(Object.keys(credentials).map((name) => [name, { id: '1', name }])),
		...deepCopy(node),
	};
	const executions = [];
	const requests = [];
	let testWaiter;
	const inFlight = new Set();

	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const handling = handle(req, res, Buffer.concat(chunks)).catch((error) => {
				if (!res.headersSent) {
					res.statusCode = 500;
					res.end(JSON.stringify({ message: 'Error in workflow', error: error.message }));
				}
				requests.push({ status: 500, error });
			});
			inFlight.add(handling);
			handling.finally(() => inFlight.delete(handling));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${server.address().port}`;

	const webhookBase = publicUrl ?? base;

	function additionalDataFor(mode, extra = {}) {
		const data = createAdditionalData({
			credentialTypes: loaded.credentialTypes,
			credentials,
			executionId: undefined,
			workflowData: { id: workflowId, name: 'harness instant', nodes: [triggerNode], connections: {} },
			mode,
		});
		return { ...data, webhookBaseUrl: `${webhookBase}/webhook`, webhookTestBaseUrl: `${webhookBase}/webhook-test`, ...extra };
	}

	function buildWorkflow(active = true) {
		return new Workflow({
			id: workflowId,
			name: 'harness instant',
			nodes: [triggerNode],
			connections: {},
			active,
			nodeTypes,
			staticData: store.load(),
			settings: { executionOrder: 'v1' },
		});
	}

	function webhookData(additionalData, isTest) {
		const description = type.description.webhooks[0];
		return {
			httpMethod: description.httpMethod,
			node: triggerNode.name,
			path: `${triggerNode.webhookId}/${description.path}`,
			webhookDescription: description,
			workflowId,
			workflowExecuteAdditionalData: additionalData,
			isTest,
		};
	}

	async function runHook(method, workflow, mode, activation, isTest) {
		const additionalData = additionalDataFor(mode);
		const context = new HookContext(workflow, triggerNode, additionalData, mode, activation, webhookData(additionalData, isTest));
		return await type.webhookMethods.default[method].call(context);
	}

	/** n8n's createWebhookIfNotExists, then the save of addWebhooks. */
	async function activate(activation = 'activate') {
		const workflow = buildWorkflow();
		if (!(await runHook('checkExists', workflow, 'trigger', activation, false))) await runHook('create', workflow, 'trigger', activation, false);
		store.save(workflow);
	}

	/** n8n's clearWebhooks: delete in mode 'internal', activation 'update', then save. */
	async function deactivate() {
		const workflow = buildWorkflow(false);
		await runHook('delete', workflow, 'internal', 'update', false);
		store.save(workflow);
	}

	/**
	 * "Listen for test event": registers with the test URL (mode 'manual'), resolves with the first
	 * test request's items, and removes the test endpoint afterwards. Test static data is not saved.
	 */
	async function listenForTestEvent(whileListening) {
		const workflow = buildWorkflow(false);
		if (!(await runHook('checkExists', workflow, 'manual', 'manual', true))) await runHook('create', workflow, 'manual', 'manual', true);
		const received = new Promise((resolve) => (testWaiter = { workflow, resolve }));
		try {
			await whileListening();
			return await received;
		} finally {
			testWaiter = undefined;
			await runHook('delete', workflow, 'manual', 'manual', true);
		}
	}

	async function handle(req, res, rawBody) {
		const arrivedAt = Date.now();
		const isTest = req.url.startsWith('/webhook-test/');
		if (isTest && !testWaiter) {
			res.statusCode = 404;
			return res.end(JSON.stringify({ message: 'The requested webhook is not registered.' }));
		}
		const workflow = isTest ? testWaiter.workflow : buildWorkflow();
		const mode = isTest ? 'manual' : 'webhook';
		let body = {};
		try {
			body = JSON.parse(rawBody.toString('utf8'));
		} catch {
			body = {};
		}
		req.rawBody = rawBody;
		req.body = body;
		req.params = {};
		req.query = {};
		const additionalData = additionalDataFor(mode, { httpRequest: req, httpResponse: res });
		const context = new WebhookContext(workflow, triggerNode, additionalData, mode, webhookData(additionalData, isTest), [], null);
		const result = await type.webhook.call(context);
		if (!result.noWebhookResponse && !res.headersSent) {
			res.statusCode = 200;
			res.setHeader('Content-Type', 'application/json');
			res.end(JSON.stringify(result.workflowData ? { message: 'Workflow was started' } : (result.webhookResponse ?? { message: 'Webhook call received' })));
		}
		const startedAt = Date.now();
		if (result.workflowData && !result.noWebhookResponse) {
			// n8n 2.x (webhook-helpers.ts, responseMode onReceived): items returned for n8n to answer start
			// the run before the answer, and starting it wraps the same static data in a new Workflow,
			// which clears its changed flag: what webhook() changed is not saved (seen in n8n 2.40.7).
			workflow.staticData.__dataChanged = false;
		}
		if (result.workflowData) {
			const items = result.workflowData.flat().map((item) => item.json);
			executions.push({ arrivedAt, startedAt, items, mode });
			if (isTest) testWaiter.resolve(items);
		}
		requests.push({ arrivedAt, status: res.statusCode, emitted: result.workflowData ? result.workflowData.flat().length : 0 });
		if (!isTest) store.save(workflow);
	}

	return {
		url: base,
		store,
		activate,
		deactivate,
		listenForTestEvent,
		executions,
		requests,
		/** Every item emitted, in order, across executions. */
		items: () => executions.filter((execution) => execution.mode !== 'manual').flatMap((execution) => execution.items),
		/** The node's saved static data (what n8n's database holds for it). */
		get staticData() {
			return store.load()[`node:${triggerNode.name}`] ?? {};
		},
		/** Resolves when no request is being handled (its static data saved). */
		idle: async () => {
			while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
		},
		productionUrl: () => `${webhookBase}/webhook/${triggerNode.webhookId}/${type.description.webhooks[0].path}`,
		setParameters(parameters) {
			triggerNode.parameters = { ...triggerNode.parameters, ...deepCopy(parameters) };
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections?.();
			}),
	};
}

module.exports = { createWebhookTrigger, StaticDataStore };
