import { createHash, randomUUID } from 'crypto';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import {
	CREDENTIAL_TYPE,
	DEFAULT_BASE_URL,
	MAX_RETRIES,
	PINNED_STRIPE_VERSION,
} from '../constants';
import { checkBaseUrl } from './baseUrl';
import { encodeForm, type FormValue } from './formEncode';
import { keyMode, type KeyMode } from './keyMode';
import { FlowControl } from './flowControl';
import { endpointOf } from './limits';
import { knownExpansions } from './versionedExpand';
import { decideRetry } from './retryPolicy';
import { headerValue, stripeApiError, stripeErrorDetails, type StripeHttpResponse } from './stripeError';

export type StripeContext = IExecuteFunctions | IPollFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

export interface StripeRequest {
	method: 'GET' | 'POST' | 'DELETE';
	/** Path below the base URL, ids already encoded (see resourcePath). */
	path: string;
	qs?: Record<string, FormValue>;
	body?: Record<string, FormValue>;
	/** Sent on POST; one is generated when absent so that our own retries stay idempotent. */
	idempotencyKey?: string;
	/** Named in errors, so that a failed item says which item it was. */
	itemIndex?: number;
	/** Checked after pacing, before the first attempt: once true, the request is not sent (NotSentError). */
	stopped?: () => boolean;
}

export interface StripeAnswer<T> {
	body: T;
	/** Stripe answered with the stored result of an earlier request with this Idempotency-Key. */
	replayed: boolean;
}

/** A request that was never sent because the run stopped while it waited for its turn. */
export class NotSentError extends Error {
	constructor() {
		super('Not sent: the run stopped before this request\'s turn');
		this.name = 'NotSentError';
	}
}

export interface StripeClientOptions {
	/**
	 * This client's pace for the key, in place of Stripe's published limits (see limits.ts): lower
	 * to leave room for other systems on the key, higher only where Stripe raised the account's limits.
	 */
	requestsPerSecond?: number;
	maxRetries?: number;
}

/**
 * The only code that talks to Stripe. Created once per node execution: the credential is read
 * once and handed to n8n's authenticated request helper on every call, which attaches the key,
 * applies n8n's proxy settings and sends the request (with n8n's cancel signal: Stop holds).
 * The client sends, reads errors and retries; when a request may leave, and what its answer
 * says about Stripe's limits, is the flow control's (flowControl.ts).
 */
export class StripeClient {
	readonly mode: KeyMode;

	private readonly flow: FlowControl;

	private constructor(
		private readonly ctx: StripeContext,
		private readonly credentials: ICredentialDataDecryptedObject,
		private readonly baseUrl: string,
		private readonly apiVersion: string,
		keyId: string,
		options: StripeClientOptions,
		private readonly maxRetries: number = options.maxRetries ?? MAX_RETRIES,
	) {
		this.mode = keyMode(String(credentials.apiKey ?? ''));
		this.flow = new FlowControl({ keyId, mode: this.mode, requestsPerSecond: options.requestsPerSecond });
	}

	static async create(ctx: StripeContext, options: StripeClientOptions = {}): Promise<StripeClient> {
		const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
		const apiKey = String(credentials.apiKey ?? '').trim();
		if (!apiKey) {
			throw new NodeOperationError(ctx.getNode(), 'The Stripe credential has no API key', {
				description: 'Open the credential and paste a secret (sk_…) or restricted (rk_…) key.',
			});
		}
		const base = checkBaseUrl(String(credentials.baseUrl || DEFAULT_BASE_URL));
		if (!base.ok) throw new NodeOperationError(ctx.getNode(), base.reason);
		const apiVersion = String(credentials.apiVersion || PINNED_STRIPE_VERSION).trim();
		// The pacer is keyed by a hash: the key itself is kept nowhere beyond the credential.
		const keyId = createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
		return new StripeClient(ctx, credentials, base.url, apiVersion, keyId, options);
	}

	private get node(): INode {
		return this.ctx.getNode();
	}

	async request<T = unknown>(request: StripeRequest): Promise<T> {
		return (await this.call<T>(request)).body;
	}

	/** The request, with what Stripe said about it beyond the body. */
	async call<T = unknown>(request: StripeRequest): Promise<StripeAnswer<T>> {
		const idempotencyKey =
			request.method === 'POST' ? (request.idempotencyKey ?? `n8n-stripe-connector-${randomUUID()}`) : undefined;
		const options = this.httpOptions(request, idempotencyKey);
		const endpoint = endpointOf(request.method, request.path);
		// After a lost answer or a 5xx, an earlier attempt of ours may have written: a replay is then our own.
		let mayHaveWritten = false;
		for (let attempt = 1; ; attempt++) {
			const turn = await this.flow.beforeSend(endpoint);
			if (attempt === 1 && request.stopped?.()) throw new NotSentError();
			const outcome = await this.send(options);
			const response = outcome.response;
			const details = response && response.statusCode >= 300 ? stripeErrorDetails(response) : undefined;
			this.flow.afterAnswer(turn, { statusCode: response?.statusCode, errorCode: details?.code });
			if (response && response.statusCode < 300) {
				const replayed = !mayHaveWritten && headerValue(response.headers, 'idempotent-replayed') === 'true';
				return { body: parseBody(response.body) as T, replayed };
			}
			if (!response || response.statusCode >= 500) mayHaveWritten = true;
			// A replayed answer is the result stored under the key: every retry would get it again.
			const decision = details?.replayed ? { retry: false, delayMs: 0 } : decideRetry(
				{
					statusCode: response?.statusCode,
					shouldRetryHeader: response ? headerValue(response.headers, 'stripe-should-retry') : undefined,
					errorCode: details?.code,
				},
				attempt,
				this.isCancelled() ? 0 : this.maxRetries,
			);
			if (decision.retry) {
				await sleep(decision.delayMs);
				continue;
			}
			if (details) throw stripeApiError(this.node, details, request.itemIndex);
			throw this.connectionError(outcome.error, attempt, request.itemIndex);
		}
	}

	private httpOptions(request: StripeRequest, idempotencyKey: string | undefined): IHttpRequestOptions {
		const query = request.qs ? encodeForm(knownExpansions(request.qs, this.apiVersion)) : '';
		const headers: Record<string, string> = { 'Stripe-Version': this.apiVersion };
		if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
		const options: IHttpRequestOptions = {
			method: request.method as IHttpRequestMethods,
			url: `${this.baseUrl}${request.path}${query ? `?${query}` : ''}`,
			headers,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};
		if (request.method === 'POST') {
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
			options.body = encodeForm(knownExpansions(request.body ?? {}, this.apiVersion));
		}
		return options;
	}

	/** How many requests a bulk run should keep in flight now (see concurrency.ts), at most `max`. */
	inFlightLimit(max: number): number {
		return this.flow.inFlightLimit(max);
	}

	private async send(options: IHttpRequestOptions): Promise<{ response?: StripeHttpResponse; error?: unknown }> {
		const reference = this.node.credentials?.[CREDENTIAL_TYPE];
		try {
			const response = (await this.ctx.helpers.httpRequestWithAuthentication.call(
				this.ctx,
				CREDENTIAL_TYPE,
				{ ...options, headers: { ...options.headers } },
				{
					credentialsDecrypted: {
						id: reference?.id ?? '',
						name: reference?.name ?? '',
						type: CREDENTIAL_TYPE,
						data: this.credentials,
					},
				},
			)) as StripeHttpResponse;
			return { response };
		} catch (error) {
			return { error };
		}
	}

	private isCancelled(): boolean {
		const signal = 'getExecutionCancelSignal' in this.ctx ? this.ctx.getExecutionCancelSignal() : undefined;
		return signal?.aborted === true;
	}

	private connectionError(error: unknown, attempts: number, itemIndex?: number): NodeApiError {
		const cause = error as { code?: string; cause?: { code?: string }; message?: string } | undefined;
		const code = cause?.cause?.code ?? cause?.code ?? 'no response';
		return new NodeApiError(
			this.node,
			{ message: `Could not reach Stripe at ${this.baseUrl}`, code },
			{
				message: `Could not reach Stripe at ${this.baseUrl} (${code}) after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
				description: 'Check the network, any proxy n8n uses, and the credential\'s Base URL.',
				itemIndex,
			},
		);
	}
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}
