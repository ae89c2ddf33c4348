'use strict';
/**
 * What makes the repository publishable as n8n expects: each check takes parsed files and returns
 * a list of problems (empty: fine), so that the test can run it on the real files and on broken
 * copies of them.
 */

/** The README's test command: the `… && npm test` line of a shell block, split into commands. */
function readmeTestCommands(readme) {
	const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
	for (const line of blocks.flatMap((block) => block.split('\n'))) {
		const command = line.replace(/#.*$/, '').trim();
		if (/(^|&&)\s*npm test$/.test(command)) return command.split('&&').map((part) => part.trim());
	}
	throw new Error('README.md has no shell block with a line ending in "npm test"');
}

/** Non-comment lines of a shell script. */
function scriptCommands(script) {
	return script.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

function containsInOrder(lines, commands) {
	let next = 0;
	for (const line of lines) if (next < commands.length && line === commands[next]) next++;
	return next === commands.length;
}

/** Every line of every `run:` of a job, in order. */
function runLines(job) {
	return (job.steps ?? []).flatMap((step) =>
		typeof step.run === 'string' ? scriptCommands(step.run) : [],
	);
}

function stepUsing(job, action) {
	return (job.steps ?? []).find((step) => typeof step.uses === 'string' && step.uses.startsWith(`${action}@`));
}

/** The Node versions a setup-node step asks for, with `${{ matrix.x }}` resolved. */
function nodeVersions(job) {
	const value = stepUsing(job, 'actions/setup-node')?.with?.['node-version'];
	const fromMatrix = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(String(value));
	if (fromMatrix) return [].concat(job.strategy?.matrix?.[fromMatrix[1]] ?? []).map(String);
	return value === undefined ? [] : [String(value)];
}

function jobs(workflow) {
	return Object.entries(workflow?.jobs ?? {});
}

function ciWorkflowProblems(workflow, testCommands) {
	const problems = [];
	const on = workflow?.on ?? {};
	if (!('pull_request' in on)) problems.push('CI does not run on pull requests');
	if (![].concat(on.push?.branches ?? []).includes('main')) problems.push('CI does not run on pushes to main');
	const testing = jobs(workflow).filter(([, job]) => containsInOrder(runLines(job), testCommands));
	if (testing.length === 0) {
		problems.push(`no CI job runs the README's test command (${testCommands.join(' && ')}) step by step`);
	}
	for (const [name, job] of testing) {
		if (!stepUsing(job, 'actions/checkout')) problems.push(`CI job ${name} does not check out the repository`);
		if (!nodeVersions(job).includes('lts/*')) problems.push(`CI job ${name} does not run on Node LTS (lts/*)`);
	}
	return problems;
}

const PUBLISH_WITH_PROVENANCE = /^npm publish\b.*\s--provenance\b/;

function publishWorkflowProblems(workflow, pkg, setupCommand) {
	const problems = [];
	if ([].concat(workflow?.on?.push?.tags ?? []).length === 0) problems.push('publish does not run on version tags');
	const publishing = jobs(workflow).filter(([, job]) =>
		runLines(job).some((line) => line === 'npm run release' || PUBLISH_WITH_PROVENANCE.test(line)),
	);
	if (publishing.length === 0) {
		problems.push('no publish job runs `npm run release` or `npm publish --provenance`');
	}
	for (const [name, job] of publishing) {
		const idToken = job.permissions?.['id-token'] ?? workflow.permissions?.['id-token'];
		if (idToken !== 'write') problems.push(`publish job ${name} lacks permissions id-token: write`);
		const lines = runLines(job);
		const publishAt = lines.findIndex((line) => line === 'npm run release' || PUBLISH_WITH_PROVENANCE.test(line));
		if (lines[publishAt] === 'npm run release' && pkg.scripts?.release !== 'n8n-node release') {
			problems.push('`npm run release` is not `n8n-node release`, which publishes with provenance');
		}
		if (!lines.slice(0, publishAt).includes(setupCommand)) {
			problems.push(`publish job ${name} does not run the set-up command (${setupCommand}) before publishing`);
		}
		if (!stepUsing(job, 'actions/checkout')) problems.push(`publish job ${name} does not check out the repository`);
	}
	return problems;
}

const GITHUB_REPOSITORY = /^git\+https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\.git$/;

/** package.json names one public GitHub repository, the package's, everywhere. */
function repositoryProblems(pkg) {
	const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	const match = GITHUB_REPOSITORY.exec(url ?? '');
	if (!match) return [`repository ${JSON.stringify(url)} is not git+https://github.com/<owner>/<name>.git`];
	const [, owner, name] = match;
	const problems = [];
	if (name !== pkg.name) problems.push(`repository name ${name} is not the package name ${pkg.name}`);
	const base = `https://github.com/${owner}/${name}`;
	if (pkg.homepage !== `${base}#readme`) problems.push(`homepage ${pkg.homepage} is not ${base}#readme`);
	if (pkg.bugs?.url !== `${base}/issues`) problems.push(`bugs.url ${pkg.bugs?.url} is not ${base}/issues`);
	if (pkg.author?.url !== `https://github.com/${owner}`) {
		problems.push(`author.url ${pkg.author?.url} is not https://github.com/${owner}`);
	}
	return problems;
}

/** The licence texts we know, by SPDX id: the title line and sentences only that licence has. */
const LICENCE_TEXTS = {
	MIT: {
		title: 'MIT License',
		sentences: [
			'Permission is hereby granted, free of charge, to any person obtaining a copy',
			'The above copyright notice and this permission notice shall be included in all',
			'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR',
		],
	},
};

function licenceProblems(pkg, licence) {
	const known = LICENCE_TEXTS[pkg.license];
	if (!known) return [`package.json's licence ${pkg.license} has no known text to compare LICENSE.md with`];
	const problems = [];
	const lines = licence.split('\n').map((line) => line.trim());
	if (lines.find(Boolean) !== known.title) problems.push(`LICENSE.md does not start with "${known.title}"`);
	for (const sentence of known.sentences) {
		if (!lines.includes(sentence)) problems.push(`LICENSE.md lacks "${sentence}"`);
	}
	if (!lines.some((line) => /^Copyright \(c\) \d{4} \S/.test(line))) problems.push('LICENSE.md has no copyright line');
	return problems;
}

/** auto-changelog's headings: "#### 0.1.0" before the tag exists, "### [0.1.0](…)" after. */
function changelogProblems(pkg, changelog) {
	const version = pkg.version.replace(/\./g, '\\.');
	return new RegExp(`^#{2,4} \\[?${version}\\]?(\\(|$)`, 'm').test(changelog)
		? []
		: [`CHANGELOG.md has no entry for ${pkg.version}`];
}

module.exports = {
	readmeTestCommands,
	scriptCommands,
	containsInOrder,
	ciWorkflowProblems,
	publishWorkflowProblems,
	repositoryProblems,
	licenceProblems,
	changelogProblems,
};
