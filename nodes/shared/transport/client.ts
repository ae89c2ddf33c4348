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
import { ConcurrencyController } from './concurrency';
import { endpointLimit, endpointOf, GLOBAL_LIMIT, PACING_MARGIN } from './limits';
import { releaseSlot, reserveSlot, type Lane } from './pacer';
import { lastCut, rateShare, recordAnswer } from './rateBackoff';
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
 * applies n8n's proxy settings and sends the request.
 */
export class StripeClient {
	readonly mode: KeyMode;

	private readonly requestsPerSecond: number | undefined;

	private readonly concurrency = new ConcurrencyController();

	/** The rate of the lanes of the last request sent: what the in-flight limit has to hold. */
	private pacedPerSecond = Number.POSITIVE_INFINITY;

	private constructor(
		private readonly ctx: StripeContext,
		private readonly credentials: ICredentialDataDecryptedObject,
		private readonly baseUrl: string,
		private readonly apiVersion: string,
		private readonly keyId: string,
		options: StripeClientOptions,
		private readonly maxRetries: number = options.maxRetries ?? MAX_RETRIES,
	) {
		this.mode = keyMode(String(credentials.apiKey ?? ''));
		this.requestsPerSecond = options.requestsPerSecond;
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
		const lanes = this.lanes(endpointOf(request.method, request.path));
		// After a lost answer or a 5xx, an earlier attempt of ours may have written: a replay is then our own.
		let mayHaveWritten = false;
		for (let attempt = 1; ; attempt++) {
			const pacedAt = await this.pace(lanes);
			if (attempt === 1 && request.stopped?.()) throw new NotSentError();
			const sentAt = Date.now();
			const outcome = await this.send(options);
			const response = outcome.response;
			const details = response && response.statusCode >= 300 ? stripeErrorDetails(response) : undefined;
			this.learn(lanes, { pacedAt, sentAt }, response?.statusCode, details?.code);
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
		const query = request.qs ? encodeForm(request.qs) : '';
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
			options.body = encodeForm(request.body ?? {});
		}
		return options;
	}

	/** How many requests a bulk run should keep in flight now (see concurrency.ts), at most `max`. */
	inFlightLimit(max: number): number {
		return this.concurrency.limit(this.pacedPerSecond, max);
	}

	/** The key's global lane and the endpoint's lane, at Stripe's published limits or the set rate. */
	private lanes(endpoint: string): { global: Lane; endpoint: Lane } {
		const under = (limit: number) => (this.requestsPerSecond ?? limit) * (1 - PACING_MARGIN);
		return {
			global: { id: `${this.keyId} *`, perSecond: under(GLOBAL_LIMIT[this.mode]) },
			endpoint: { id: `${this.keyId} ${endpoint}`, perSecond: under(endpointLimit(endpoint)) },
		};
	}

	/** Waits for the request's turn; returns when its slot was reserved. */
	private async pace(lanes: { global: Lane; endpoint: Lane }): Promise<number> {
		for (;;) {
			const pacedAt = Date.now();
			const endpoint = { ...lanes.endpoint, perSecond: lanes.endpoint.perSecond * rateShare(lanes.endpoint.id, pacedAt) };
			this.pacedPerSecond = Math.min(lanes.global.perSecond, endpoint.perSecond);
			const wait = reserveSlot([lanes.global, endpoint], pacedAt);
			if (wait > 0) await sleep(wait);
			// Pace again when a 429 cut the rate while this request waited (its slot was planned at the
			// old rate), or when a busy event loop woke it late enough to bunch it with the next ones.
			const late = Date.now() - (pacedAt + wait);
			if (lastCut(lanes.endpoint.id) <= pacedAt && late <= 500 / Math.max(lanes.global.perSecond, endpoint.perSecond)) return pacedAt;
			releaseSlot([lanes.global, endpoint], pacedAt + wait);
		}
	}

	/** What an answer says about the network and Stripe's limits, for the pacer and the concurrency. */
	private learn(
		lanes: { endpoint: Lane },
		{ pacedAt, sentAt }: { pacedAt: number; sentAt: number },
		statusCode?: number,
		errorCode?: string,
	): void {
		const now = Date.now();
		if (statusCode === undefined) return;
		// lock_timeout is contention on one object, not a rate: fewer in flight, same pace.
		const refused = statusCode === 429 && errorCode !== 'lock_timeout';
		recordAnswer(lanes.endpoint.id, refused, pacedAt, now);
		if (statusCode === 429) this.concurrency.tooManyRequests(sentAt, this.inFlightLimit(Number.POSITIVE_INFINITY), now);
		else if (statusCode < 500) this.concurrency.answered(now - sentAt);
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
