'use strict';
/**
 * n8n-core resolves some services from its DI container (the outbound HTTP client among them).
 * They construct from defaults; the instance settings need a folder, which we point at a
 * throw-away one so that tests never touch a real ~/.n8n.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let ready = false;

function ensureContainer() {
	if (ready) return;
	if (!process.env.N8N_USER_FOLDER) {
		process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-harness-'));
	}
	ready = true;
}

module.exports = { ensureContainer };
