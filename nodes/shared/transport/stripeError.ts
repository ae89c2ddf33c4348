import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';

import { redactKeys } from './keyMode';

/** What a user needs to act on a Stripe error; also the `error` object of a continue-on-fail item. */
export interface StripeErrorDetails extends IDataObject {
	message: string;
	type?: string;
	code?: string;
	decline_code?: string;
	param?: string;
	doc_url?: string;
	request_log_url?: string;
	request_id?: string;
	status?: number;
	/** Stripe answered with the result stored under this Idempotency-Key (Idempotent-Replayed: true): it will not change. */
	replayed?: boolean;
}

export interface StripeHttpResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

export function stripeErrorDetails(response: StripeHttpResponse): StripeErrorDetails {
	const error = (isObject(response.body) && isObject(response.body.error) ? response.body.error : {}) as IDataObject;
	const text = (key: string) => (typeof error[key] === 'string' ? redactKeys(error[key] as string) : undefined);
	const details: StripeErrorDetails = {
		message: text('message') ?? `Stripe answered HTTP ${response.statusCode}`,
		type: text('type'),
		code: text('code'),
		decline_code: text('decline_code'),
		param: text('param'),
		doc_url: text('doc_url'),
		request_log_url: text('request_log_url'),
		request_id: headerValue(response.headers, 'request-id'),
		status: response.statusCode,
		replayed: headerValue(response.headers, 'idempotent-replayed') === 'true' ? true : undefined,
	};
	for (const key of Object.keys(details)) if (details[key] === undefined) delete details[key];
	return details;
}

/** A NodeApiError that carries only Stripe's error fields: never the request, so never the key. */
export function stripeApiError(node: INode, details: StripeErrorDetails, itemIndex?: number): NodeApiError {
	const facts = [
		details.type && `type: ${details.type}`,
		details.code && `code: ${details.code}`,
		details.decline_code && `decline code: ${details.decline_code}`,
		details.param && `param: ${details.param}`,
		details.request_id && `request id: ${details.request_id}`,
		details.doc_url,
	].filter(Boolean);
	const error = new NodeApiError(node, { ...details } as JsonObject, {
		message: `Stripe: ${details.message}`,
		description: facts.join(' · '),
		httpCode: details.status === undefined ? undefined : String(details.status),
		itemIndex,
	});
	error.context.stripe = details;
	return error;
}

/** The Stripe details attached by stripeApiError, if this error came from Stripe. */
export function stripeDetailsOf(error: unknown): StripeErrorDetails | undefined {
	const context = (error as { context?: IDataObject } | undefined)?.context;
	return context?.stripe as StripeErrorDetails | undefined;
}

export function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (Array.isArray(value)) return value.length ? String(value[0]) : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
