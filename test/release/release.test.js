'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const {
	readmeTestCommands,
	scriptCommands,
	containsInOrder,
	ciWorkflowProblems,
	publishWorkflowProblems,
	repositoryProblems,
	licenceProblems,
	changelogProblems,
} = require('./checks');

const root = path.resolve(__dirname, '../..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
/** GitHub reads workflows as YAML 1.2 (`on` is a key, not `true`); so does `yaml` by default. */
const readWorkflow = (file) => YAML.parse(read(file));

const pkg = JSON.parse(read('package.json'));
const testCommands = readmeTestCommands(read('README.md'));
const setupCommand = testCommands[0];
const ci = readWorkflow('.github/workflows/ci.yml');
const publish = readWorkflow('.github/workflows/publish.yml');

describe('ready to publish as n8n expects', () => {
	test("the README's test command is a set-up command then npm test, and .ci/run runs exactly it", () => {
		expect(testCommands).toEqual(['npm ci', 'npm test']);
		expect(containsInOrder(scriptCommands(read('.ci/run')), testCommands)).toBe(true);
	});

	test("the CI workflow runs the README's test command on pull requests and main, on Node LTS", () => {
		expect(ciWorkflowProblems(ci, testCommands)).toEqual([]);
	});

	test('the publish workflow publishes on a tag with provenance: id-token: write, through n8n-node release', () => {
		expect(publishWorkflowProblems(publish, pkg, setupCommand)).toEqual([]);
	});

	test('package.json names the GitHub repository, with homepage, bugs and author on the same owner', () => {
		expect(repositoryProblems(pkg)).toEqual([]);
	});

	test("LICENSE.md is the text of package.json's licence, and the package tarball carries it", () => {
		expect(licenceProblems(pkg, read('LICENSE.md'))).toEqual([]);
		const [packed] = JSON.parse(
			execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
		);
		expect(packed.files.map((file) => file.path)).toEqual(expect.arrayContaining(['LICENSE.md', 'README.md', 'package.json']));
	});

	test("CHANGELOG.md has an entry for package.json's version", () => {
		expect(changelogProblems(pkg, read('CHANGELOG.md'))).toEqual([]);
	});
});

/** The same checks on broken copies of the real files: each loss is caught. */
describe('the checks catch a workflow or package.json that lost what makes it valid', () => {
	const broken = (value, change) => {
		const copy = structuredClone(value);
		change(copy);
		return copy;
	};
	const testJob = (workflow) => Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.run === 'npm test'));
	const publishJob = (workflow) => Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.run === 'npm run release'));

	test('CI: npm install instead of the set-up command, no npm test, no pull requests, no Node LTS', () => {
		const replaceRun = (from, to) => (copy) => {
			testJob(copy).steps.find((step) => step.run === from).run = to;
		};
		expect(ciWorkflowProblems(broken(ci, replaceRun('npm ci', 'npm install')), testCommands)).toEqual([
			"no CI job runs the README's test command (npm ci && npm test) step by step",
		]);
		expect(ciWorkflowProblems(broken(ci, replaceRun('npm test', 'npm run build')), testCommands)).toHaveLength(1);
		expect(ciWorkflowProblems(broken(ci, (copy) => delete copy.on.pull_request), testCommands)).toEqual([
			'CI does not run on pull requests',
		]);
		expect(ciWorkflowProblems(broken(ci, (copy) => (testJob(copy).strategy.matrix['node-version'] = ['20.x'])), testCommands)).toEqual([
			expect.stringMatching(/does not run on Node LTS/),
		]);
	});

	test("CI: a README whose test command changed is no longer what CI runs", () => {
		const readme = read('README.md').replace('npm ci && npm test', 'npm install && npm test');
		expect(ciWorkflowProblems(ci, readmeTestCommands(readme))).toHaveLength(1);
	});

	test('publish: no id-token: write, a plain npm publish, a release script that is not n8n-node release', () => {
		expect(publishWorkflowProblems(broken(publish, (copy) => delete publishJob(copy).permissions['id-token']), pkg, setupCommand)).toEqual([
			expect.stringMatching(/lacks permissions id-token: write/),
		]);
		const plainPublish = broken(publish, (copy) => {
			publishJob(copy).steps.find((step) => step.run === 'npm run release').run = 'npm publish';
		});
		expect(publishWorkflowProblems(plainPublish, pkg, setupCommand)).toEqual([
			'no publish job runs `npm run release` or `npm publish --provenance`',
		]);
		const withProvenance = broken(publish, (copy) => {
			publishJob(copy).steps.find((step) => step.run === 'npm run release').run = 'npm publish --provenance --access public';
		});
		expect(publishWorkflowProblems(withProvenance, pkg, setupCommand)).toEqual([]);
		const otherRelease = broken(pkg, (copy) => (copy.scripts.release = 'npm publish'));
		expect(publishWorkflowProblems(publish, otherRelease, setupCommand)).toEqual([
			expect.stringMatching(/is not `n8n-node release`/),
		]);
		expect(publishWorkflowProblems(broken(publish, (copy) => delete copy.on.push.tags), pkg, setupCommand)).toEqual([
			'publish does not run on version tags',
		]);
	});

	test('package.json: no repository, a repository off GitHub, owners that disagree', () => {
		expect(repositoryProblems(broken(pkg, (copy) => delete copy.repository))).toHaveLength(1);
		expect(repositoryProblems(broken(pkg, (copy) => (copy.repository.url = 'git+https://gitlab.com/a/n8n-nodes-stripe-connector.git')))).toHaveLength(1);
		expect(repositoryProblems(broken(pkg, (copy) => (copy.homepage = 'https://github.com/someone-else/n8n-nodes-stripe-connector#readme')))).toEqual([
			expect.stringMatching(/^homepage /),
		]);
	});

	test('LICENSE.md: another licence text, or a package.json licence it does not match', () => {
		const licence = read('LICENSE.md');
		expect(licenceProblems(pkg, licence.replace('Permission is hereby granted, free of charge', 'All rights reserved'))).toHaveLength(1);
		expect(licenceProblems(broken(pkg, (copy) => (copy.license = 'Apache-2.0')), licence)).toHaveLength(1);
		expect(changelogProblems(broken(pkg, (copy) => (copy.version = '9.9.9')), read('CHANGELOG.md'))).toHaveLength(1);
	});
});
