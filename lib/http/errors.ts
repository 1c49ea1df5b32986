import type { ErrorBody, HttpDialect } from './dialect';

/**
 * What went wrong, in terms a view can branch on. `code` (read by lib/http/describe-error.ts)
 * is the kind, so views can tell "sign in again" from "try later" without parsing sentences.
 */
export type ApiErrorKind =
  | 'http'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'daily-limit'
  | 'server'
  | 'network'
  | 'timeout'
  | 'unexpected-response'
  | 'invalid-request'
  | 'signed-out'
  | 'sign-in-failed';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  /** The provider's own `code` from the error body; logs keep it, views show `message`. */
  providerCode?: number;
  /** How long to wait before trying again (a QPS 429 that ran out of retries). */
  retryAfterMs?: number;
  /** When a daily limit resets (epoch ms), as the provider said. */
  resetAt?: number;
  /**
   * The provider's own sentence, kept when `message` is ours: a per-registrant daily limit may name
   * the registrant only there, and the registration engine needs to know whom it refused.
   */
  providerMessage?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly providerCode: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly resetAt: number | undefined;
  readonly providerMessage: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.providerCode = init.providerCode;
    this.retryAfterMs = init.retryAfterMs;
    this.resetAt = init.resetAt;
    this.providerMessage = init.providerMessage;
  }

  get code(): string {
    return this.kind;
  }
}

const STATUS_KINDS: Record<number, ApiErrorKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
};

/** The kind of a refused request, from its status alone. */
export function kindOfStatus(status: number): ApiErrorKind {
  return status >= 500 ? 'server' : (STATUS_KINDS[status] ?? 'http');
}

/** The error for a non-2xx response that is not retried (or has run out of retries). */
export function errorFromStatus(
  status: number,
  body: ErrorBody,
  dialect: Pick<HttpDialect, 'refusal'>,
): ApiError {
  return new ApiError({
    kind: kindOfStatus(status),
    status,
    ...(body.code === undefined ? {} : { providerCode: body.code }),
    ...(body.message === undefined ? {} : { providerMessage: body.message }),
    message: dialect.refusal(status, body),
  });
}
