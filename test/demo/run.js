'use strict';
/**
 * `npm start`: the main job. Starts the embedded Stripe emulator (or uses real Stripe when
 * STRIPE_API_KEY is set; STRIPE_BASE_URL defaults to https://api.stripe.com), runs every example
 * workflow through n8n-core's engine with the built package (dist/), and prints each node's output.
 */
const { startEmulator } = require('../emulator');
const { listExamples, makeNewFor, runExample } = require('./examples');

async function main() {
	const realKey = process.env.STRIPE_API_KEY;
	const emu = realKey ? undefined : await startEmulator();
	const credentials = {
		stripeConnectorApi: realKey
			? { apiKey: realKey, baseUrl: process.env.STRIPE_BASE_URL || 'https://api.stripe.com' }
			: { apiKey: emu.keys.test, baseUrl: emu.url },
	};
	console.log(realKey ? `Stripe at ${credentials.stripeConnectorApi.baseUrl}` : `Embedded Stripe emulator at ${emu.url}`);
	const makeNew = emu ? makeNewFor(emu) : undefined;
	let failures = 0;
	try {
		if (emu) emu.control.clock.setNow(Math.floor(Date.now() / 1000));
		for (const { file, workflow } of listExamples()) {
			console.log(`\n=== ${file}: ${workflow.name}`);
			try {
				for (const step of await runExample(workflow, { credentials, source: 'dist', makeNew })) {
					const branches = step.outputs?.length > 1 ? ` (per output: ${step.outputs.join(', ')})` : '';
					console.log(`--- ${step.node}: ${step.error ? 'ERROR' : `${step.items.length} item(s)${branches}`}`);
					if (step.error) {
						failures++;
						console.log(`    ${step.error.message}${step.error.description ? ` (${step.error.description})` : ''}`);
					}
					for (const item of step.items) console.log(JSON.stringify(item, null, 2).replace(/^/gm, '    '));
				}
			} catch (error) {
				failures++;
				console.log(`--- ERROR: ${error.message}`);
			}
		}
	} finally {
		await emu?.close();
	}
	console.log(failures ? `\n${failures} step(s) failed` : '\nAll example workflows ran.');
	process.exit(failures ? 1 : 0);
}

main();
