import ky, { type KyInstance, TimeoutError } from 'ky';
import type { z } from 'zod';
import type { HttpDialect } from './dialect';
import { ApiError, errorFromStatus } from './errors';
import { parseBody } from './parse-body';
import { backoffMs, parseRetryAfter } from './rate-limit';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type SearchValue = string | number | boolean | undefined;

export interface RequestOptions<S extends z.ZodType> {
  /** Every response is parsed; a body of the wrong shape becomes an `unexpected-response` error. */
  schema: S;
  json?: unknown;
  searchParams?: Record<string, SearchValue>;
  /** Sees a successful response's headers before its body is parsed (e.g. paging by `Link`). */
  onHeaders?: (headers: Headers) => void;
}

export interface HttpClientOptions {
  /** The API base; a function so a settings change is picked up. */
  prefixUrl: string | (() => string | Promise<string>);
  getAccessToken(): Promise<string>;
  /** Called once after a 401 with the token that was refused; resolves to a fresh one. */
  forceRefresh(rejectedToken: string): Promise<string>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  timeoutMs?: number;
  /** The provider's wording, error bodies and rate limits (lib/http/dialect.ts). */
  dialect: HttpDialect;
  /** Retries of a rate-limit wait before giving up. */
  maxRateLimitRetries?: number;
  /** Retries of a 5xx or network failure, for idempotent methods only. */
  maxServerRetries?: number;
  /** A rate-limit wait longer than this surfaces instead of holding the caller. */
  maxRateLimitWaitMs?: number;
}

export interface HttpClient {
  request<S extends z.ZodType>(
    method: HttpMethod,
    path: string,
    options: RequestOptions<S>,
  ): Promise<z.output<S>>;
}

// PATCH is left out: PATCH bodies are partial updates a retry would usually repeat safely,
// but nothing promises it, and a duplicated write is worse than a visible error.
const IDEMPOTENT = new Set<HttpMethod>(['GET', 'PUT', 'DELETE']);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 3;
  const maxServerRetries = options.maxServerRetries ?? 2;
  const maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 60_000;
  const { dialect } = options;
  const { messages } = dialect;
  // Retries are ours (ky's own cannot take an injected clock); ky gives the prefix, JSON and timeout.
  const api: KyInstance = ky.create({
    retry: 0,
    throwHttpErrors: false,
    timeout: options.timeoutMs ?? 20_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const prefix = async () =>
    typeof options.prefixUrl === 'string' ? options.prefixUrl : options.prefixUrl();

  async function send(method: HttpMethod, path: string, token: string, opts: RequestOptions<z.ZodType>) {
    // An absent option is left out of the URL rather than sent as "undefined".
    const present = Object.entries(opts.searchParams ?? {}).filter(([, value]) => value !== undefined);
    const searchParams = Object.fromEntries(present) as Record<string, string | number | boolean>;
    try {
      return await api(path, {
        method,
        prefixUrl: await prefix(),
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        searchParams,
        ...(opts.json === undefined ? {} : { json: opts.json }),
      });
    } catch (error) {
      if (error instanceof TimeoutError) throw new ApiError({ kind: 'timeout', message: messages.timeout });
      throw new ApiError({ kind: 'network', message: messages.network, cause: error });
    }
  }

  async function request<S extends z.ZodType>(
    method: HttpMethod,
    path: string,
    opts: RequestOptions<S>,
  ): Promise<z.output<S>> {
    let refreshed = false;
    let rateRetries = 0;
    let serverRetries = 0;
    let token = await options.getAccessToken();
    for (;;) {
      let response: Response;
      try {
        response = await send(method, path, token, opts);
      } catch (error) {
        if (!IDEMPOTENT.has(method) || serverRetries >= maxServerRetries) throw error;
        await sleep(backoffMs(serverRetries++, random));
        continue;
      }
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        token = await options.forceRefresh(token);
        continue;
      }
      if (response.ok) {
        opts.onHeaders?.(response.headers);
        return parseBody(response, opts.schema, messages.unexpected);
      }
      const body = await dialect.readError(response);
      const limit = dialect.readLimit(response, body, now());
      if (limit?.daily) {
        const { resetAt } = limit;
        throw new ApiError({
          kind: 'daily-limit',
          status: response.status,
          message: limit.message,
          resetAt,
          ...(body.message === undefined ? {} : { providerMessage: body.message }),
        });
      }
      if (limit) {
        const wait = limit.waitMs ?? backoffMs(rateRetries, random);
        if (rateRetries >= maxRateLimitRetries || wait > maxRateLimitWaitMs) {
          throw new ApiError({
            kind: 'rate-limited',
            status: response.status,
            message: limit.message,
            retryAfterMs: wait,
          });
        }
        rateRetries++;
        await sleep(wait);
        continue;
      }
      if (
        RETRYABLE_STATUS.has(response.status) &&
        IDEMPOTENT.has(method) &&
        serverRetries < maxServerRetries
      ) {
        // A 503 may say when to come back; never wait less than the back-off.
        const asked = Math.min(
          parseRetryAfter(response.headers.get('retry-after'), now()) ?? 0,
          maxRateLimitWaitMs,
        );
        await sleep(Math.max(backoffMs(serverRetries++, random), asked));
        continue;
      }
      throw errorFromStatus(response.status, body, dialect);
    }
  }

  return { request };
}
