'use strict';
/**
 * Build step after `n8n-node build` (which compiles TypeScript and copies icons):
 * - `codex`: copy the nodes' codex files (*.node.json: categories, documentation links),
 *   which tsc does not emit, next to the compiled nodes;
 * - `verify`: refuse a dist/ that n8n could not load — every entry of package.json's `n8n`
 *   block must exist, with its codex file, and every `file:` icon a node or credential names.
 */
const { src, dest, series } = require('gulp');
const fs = require('node:fs');
const path = require('node:path');

function codex() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest('dist'));
}

async function verify() {
	const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
	const problems = [];
	const entries = [...pkg.n8n.nodes, ...pkg.n8n.credentials];
	for (const entry of entries) {
		if (!fs.existsSync(entry)) {
			problems.push(`${entry} is missing`);
			continue;
		}
		if (entry.endsWith('.node.js') && !fs.existsSync(entry.replace(/\.js$/, '.json'))) {
			problems.push(`${entry} has no codex file`);
		}
		const compiled = fs.readFileSync(entry, 'utf8');
		for (const [, icon] of compiled.matchAll(/['"]file:([^'"]+)['"]/g)) {
			if (!fs.existsSync(path.join(path.dirname(entry), icon))) problems.push(`${entry} names icon ${icon}, not in dist`);
		}
	}
	if (problems.length) throw new Error(`dist/ is not loadable by n8n:\n- ${problems.join('\n- ')}`);
}

exports.codex = codex;
exports.verify = verify;
exports.default = series(codex, verify);
