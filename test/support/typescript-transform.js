'use strict';
/**
 * Jest transform: compiles the package's TypeScript on the fly (no type check — `npm run build`
 * does that), so tests exercise the sources with stack traces that point at .ts lines.
 */
const crypto = require('node:crypto');
const ts = require('typescript');

const compilerOptions = {
	module: ts.ModuleKind.CommonJS,
	target: ts.ScriptTarget.ES2022,
	esModuleInterop: true,
	resolveJsonModule: true,
	inlineSourceMap: true,
	inlineSources: true,
};

module.exports = {
	process(source, filename) {
		const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
		return { code: outputText };
	},
	getCacheKey(source, filename) {
		return crypto.createHash('sha256').update(ts.version).update(filename).update(source).digest('hex');
	},
};
