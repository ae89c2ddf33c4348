'use strict';
/**
 * What n8n's CLI CredentialsHelper does for a node at run time, minus the database: hands out
 * the test's credential data (with the credential type's defaults applied) and attaches it to
 * requests through the credential type's own `authenticate`.
 */
const { ICredentialsHelper, deepCopy } = require('n8n-workflow');

class TestCredentialsHelper extends ICredentialsHelper {
	constructor(credentialTypes, credentialsByType) {
		super();
		this.credentialTypes = credentialTypes;
		this.credentialsByType = credentialsByType;
	}

	getParentTypes(name) {
		return this.credentialTypes[name]?.extends ?? [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	async authenticate(credentials, typeName, requestOptions) {
		const type = this.credentialTypes[typeName];
		if (typeof type?.authenticate === 'function') return await type.authenticate(credentials, requestOptions);
		if (type?.authenticate?.type === 'generic') {
			throw new Error('generic authenticate is not used by this package');
		}
		return requestOptions;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(nodeCredentials, type) {
		return { id: nodeCredentials.id, name: nodeCredentials.name, type, getData: () => this.dataFor(type) };
	}

	async getDecrypted(_additionalData, _nodeCredentials, type) {
		return this.dataFor(type);
	}

	dataFor(type) {
		const data = this.credentialsByType[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		const withDefaults = {};
		for (const property of this.getCredentialsProperties(type)) withDefaults[property.name] = property.default;
		return { ...withDefaults, ...deepCopy(data) };
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type) {
		return this.credentialTypes[type]?.properties ?? [];
	}
}

module.exports = { TestCredentialsHelper };
