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
 * What `makeNew` makes for a trigger example's event (emulator only). Invoices are not in the
 * emulator yet (issue 22 builds them): `invoice.paid` is emitted through the emulator's control,
 * for an invoice of a real customer.
 */
function makeNewFor(emu) {
	return async (event) => {
		emu.control.clock.advance(1);
		if (event === 'anyEvent') {
			const [customer] = emu.control.createMany('customer', 1, { email: 'ada@example.com' });
			for (let n = 1; n <= 2; n++) {
				const invoice = { id: `in_demo_${customer.id}_${n}`, object: 'invoice', customer: customer.id, status: 'paid', amount_due: 1500 * n, amount_paid: 1500 * n, currency: 'usd', livemode: false, created: emu.control.clock.now() };
				emu.control.emitEvent('invoice.paid', invoice);
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
