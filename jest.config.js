/** Tests are JavaScript; the node code they exercise is TypeScript, compiled on the fly. */
module.exports = {
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.js'],
	transform: { '^.+\\.ts$': '<rootDir>/test/support/typescript-transform.js' },
	moduleFileExtensions: ['js', 'ts', 'json'],
	testTimeout: 60000,
};
