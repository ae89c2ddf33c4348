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
		const emitted = (await poller.poll()) ?? [];
		const steps = [
			{ node: `${trigger.name} (activation)`, items: activation ?? [] },
			{ node: `${trigger.name} (next poll)`, items: emitted },
		];
		// The nodes after the trigger, run on what the poll emitted (as n8n's execution does).
		if (emitted.length === 0 || workflow.nodes.length < 2) return steps;
		const rest = stepsOf(await runWorkflow({ workflow, credentials, source, items: emitted }));
		return [...steps, ...rest.filter((step) => step.node !== trigger.name)];
	}
	return stepsOf(await runWorkflow({ workflow, credentials, source }));
}

/**
 * What `makeNew` makes for a trigger example's event (emulator only), through Stripe's API as a
 * user's shop would: for `invoice.paid`, one customer with two invoices (one line each), paid.
 */
function makeNewFor(emu) {
	const stripe = async (method, path, form = {}) => {
		const body = new URLSearchParams(form).toString();
		const response = await fetch(`${emu.url}${path}`, { method, body: method === 'POST' ? body : undefined, headers: { Authorization: `Bearer ${emu.keys.test}`, 'Content-Type': 'application/x-www-form-urlencoded' } });
		if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
		return response.json();
	};
	return async (event) => {
		emu.control.clock.advance(1);
		if (event === 'anyEvent') {
			const customer = await stripe('POST', '/v1/customers', { email: 'ada@example.com' });
			for (let n = 1; n <= 2; n++) {
				const invoice = await stripe('POST', '/v1/invoices', { customer: customer.id, currency: 'usd' });
				await stripe('POST', '/v1/invoiceitems', { customer: customer.id, invoice: invoice.id, amount: String(1500 * n), currency: 'usd', description: `Order ${n}` });
				await stripe('POST', `/v1/invoices/${invoice.id}/pay`, { paid_out_of_band: 'true' });
			}
			return;
		}
		const type = { customer: 'customer', charge: 'charge', invoiceItem: 'invoiceitem', order: 'checkout.session' }[event];
		emu.control.createMany(type, 3, type === 'checkout.session' ? { status: 'complete', payment_status: 'paid' } : {});
	};
}

function stepsOf(result) {
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

module.exports = { listExamples, runExample, makeNewFor };
