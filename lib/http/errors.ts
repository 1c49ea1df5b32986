import { z } from 'zod';

/**
 * What went wrong, in terms a view can branch on. `code` (read by lib/background/describe-error.ts)
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
  /** Zoom's own `code` from the error body (3001, 3038, ...); logs keep it, views show `message`. */
  providerCode?: number;
  /** How long to wait before trying again (a QPS 429 that ran out of retries). */
  retryAfterMs?: number;
  /** When a daily limit resets (epoch ms): Zoom says the next 00:00 GMT. */
  resetAt?: number;
  /**
   * Zoom's own sentence, kept when `message` is ours: the per-registrant daily limit names the
   * registrant only there, and the registration engine needs to know whom it refused.
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

export const MESSAGES = {
  network: 'Could not reach Zoom. Check your connection and try again.',
  timeout: 'Zoom took too long to answer. Please try again.',
  unexpected: 'Zoom answered in an unexpected way.',
  rateLimited: 'Zoom is receiving too many requests right now. Please try again in a moment.',
  server: 'Zoom is having trouble right now. Please try again later.',
  sessionEnded: 'Your Zoom session ended; sign in again.',
  notSignedIn: 'You are not signed in to Zoom. Sign in from the options page.',
} as const;

/** Sentences for the codes this product meets; meanings from the references in docs/api/. */
const CODE_MESSAGES: Record<number, string> = {
  124: MESSAGES.sessionEnded,
  200: 'Your Zoom account does not have permission for this. It may need a paid plan or the webinar add-on.',
  300: 'Zoom did not accept the meeting or webinar ID, or your account may not change it.',
  303: 'Batch registration works only for scheduled meetings (type 2); this meeting is of another type.',
  1001: 'That Zoom user does not exist or does not belong to your account.',
  2305: 'Your Zoom account settings do not allow access to meeting summaries.',
  3000: 'Zoom cannot access this meeting or webinar, or registration is not enabled for it.',
  3001: 'This meeting or webinar does not exist on Zoom, or it has expired.',
  3038: 'This meeting or webinar is over; people can no longer register for it.',
  3043: 'This meeting or webinar has reached its maximum number of registrants.',
  3161: 'Your Zoom account is not allowed to host or schedule meetings.',
};

const STATUS_KINDS: Record<number, ApiErrorKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
};

function statusMessage(status: number, zoomMessage: string | undefined): string {
  if (status === 401) return MESSAGES.sessionEnded;
  if (status >= 500) return MESSAGES.server;
  // Zoom's own wording beats a vague sentence of ours for codes we have not mapped.
  if (zoomMessage) return `Zoom refused the request: ${zoomMessage}`;
  if (status === 403) return 'Zoom refused this request: your account lacks the permission.';
  if (status === 404) return 'Zoom could not find what was asked for.';
  return `Zoom refused the request (HTTP ${status}).`;
}

export function dailyLimitMessage(resetAt: number): string {
  const when = new Date(resetAt).toISOString().replace('.000Z', 'Z');
  return `Zoom's daily limit for this kind of request has been reached. It resets at ${when} (00:00 GMT).`;
}

const ZoomErrorBodySchema = z.object({ code: z.coerce.number().optional(), message: z.string().optional() });

/** Reads Zoom's `{ code, message }` error body, if there is one; a body of another shape is ignored. */
export async function readZoomError(response: Response): Promise<{ code?: number; message?: string }> {
  try {
    const parsed = ZoomErrorBodySchema.safeParse(JSON.parse(await response.text()));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The error for a non-2xx response that is not retried (or has run out of retries). */
export function errorFromStatus(status: number, body: { code?: number; message?: string }): ApiError {
  const kind = status >= 500 ? 'server' : (STATUS_KINDS[status] ?? 'http');
  const known = body.code === undefined ? undefined : CODE_MESSAGES[body.code];
  return new ApiError({
    kind,
    status,
    ...(body.code === undefined ? {} : { providerCode: body.code }),
    ...(body.message === undefined ? {} : { providerMessage: body.message }),
    message: known ?? statusMessage(status, body.message),
  });
}
