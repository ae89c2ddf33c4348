'use strict';
/**
 * Stripe's own types (the `stripe` devDependency) are the contract for the pinned version:
 * - every request body the nodes build satisfies Stripe's params (customer/product/trigger.types.ts);
 * - the pin is the package's version (version.types.ts);
 * - the emulator's objects are valid Stripe objects of that version (emulatorObjects.types.ts,
 *   filled from a running emulator by emulatorObjects.js).
 * One `tsc --noEmit` over test/types plus a generated module holding the emulator's objects.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startEmulator } = require('../emulator');
const { PINNED_STRIPE_VERSION } = require('../../nodes/shared/constants.ts');
const { emulatorObjects } = require('./emulatorObjects');

const TYPES_DIR = __dirname;
const TSC = require.resolve('typescript/bin/tsc');

/** Compiles test/types with `objects` as a literal of EmulatorObjects; returns tsc's exit code and output. */
function compileWith(objects) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stripe-types-'));
	try {
		const typesModule = path.join(TYPES_DIR, 'emulatorObjects.types').split(path.sep).join('/');
		fs.writeFileSync(
			path.join(dir, 'emulatorObjects.generated.ts'),
			`import type { EmulatorObjects } from '${typesModule}';\n\nexport const objects: EmulatorObjects = ${JSON.stringify(objects, null, '\t')};\n`,
		);
		fs.writeFileSync(
			path.join(dir, 'tsconfig.json'),
			JSON.stringify({ extends: path.join(TYPES_DIR, 'tsconfig.json'), include: [path.join(TYPES_DIR, '*.ts'), path.join(dir, '*.ts')] }),
		);
		const run = spawnSync(process.execPath, [TSC, '--noEmit', '-p', dir], { encoding: 'utf8' });
		return { status: run.status, output: `${run.stdout}${run.stderr}`.split(dir).join('<generated>') };
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

let emu;
let objects;
beforeAll(async () => {
	emu = await startEmulator();
	objects = await emulatorObjects(emu, PINNED_STRIPE_VERSION);
});
afterAll(() => emu.close());

test('request bodies, the pin and the emulator\'s objects all type-check against stripe@23.1.0 (2026-10-28.endive)', () => {
	const { status, output } = compileWith(objects);
	expect(output).toBe('');
	expect(status).toBe(0);
});

test('the check has teeth: an acacia charge (with `invoice`) and an acacia invoice item are refused', () => {
	const acacia = structuredClone(objects);
	acacia.charge.invoice = 'in_1';
	acacia.invoiceItem.plan = null;
	const { status, output } = compileWith(acacia);
	expect(status).not.toBe(0);
	expect(output).toMatch(/'"invoice"' does not exist in type '\{ id: string; object: "charge"/);
	expect(output).toMatch(/'"plan"' does not exist in type '\{ id: string; object: "invoiceitem"/);
});
