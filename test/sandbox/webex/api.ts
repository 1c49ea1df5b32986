import type { IncomingMessage } from 'node:http';
import { HttpError, readBody, sendJson } from '../core/http';
import type { Router } from '../core/router';
import type { OAuthStore } from '../zoom/oauth-store';
import { parseWebexJson, webexError, webexErrorBody } from './errors';
import type { WebexLimiter } from './limits';
import type { WebexMeeting, WebexState } from './state';

/** Every Webex route lives under this prefix, beside Zoom's `/v2` and `/oauth`. */
export const WEBEX_PREFIX = '/webex/v1';

export interface WebexApiContext {
  req: IncomingMessage;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request's own URL, for `Link` headers pointing at the next page. */
  url: URL;
  json(): Promise<unknown>;
}

export interface WebexResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type WebexHandler = (ctx: WebexApiContext) => WebexResult | Promise<WebexResult>;

/**
 * Registers an endpoint under /webex/v1 behind Webex's checks, in its order: the bearer token
 * (401), then throttling (423/429 with Retry-After). Every refusal is in Webex's error format.
 */
export function createWebexApi(
  router: Router,
  deps: { oauth: OAuthStore; limiter: WebexLimiter; state: () => WebexState },
) {
  return (method: string, path: string, handler: WebexHandler) => {
    router.add(method, `${WEBEX_PREFIX}${path}`, async ({ req, res, url, params }) => {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const userId = token ? deps.oauth.authenticate(token) : null;
      if (!userId || userId !== deps.state().host.id) {
        sendJson(
          res,
          401,
          webexErrorBody(
            'The request requires a valid access token set in the Authorization request header.',
          ),
        );
        return;
      }
      try {
        deps.limiter.admit();
        const result = await handler({
          req,
          params,
          query: url.searchParams,
          url,
          json: async () => parseWebexJson(await readBody(req)),
        });
        sendJson(res, result.status, result.body, result.headers);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        sendJson(res, error.status, error.body, error.headers);
      }
    });
  };
}

export type WebexApi = ReturnType<typeof createWebexApi>;

/** A meeting series by id; Webex answers an unknown one with 404. */
export function findMeeting(state: WebexState, id: string | undefined): WebexMeeting {
  const meeting = state.meetings.find((m) => m.id === id);
  if (!meeting) throw webexError(404, `Meeting not found: ${id ?? '(none)'}.`);
  return meeting;
}

/** `hostEmail` names the host for admin apps; in this one-host sandbox it must be the host. */
export function checkHostEmail(state: WebexState, query: URLSearchParams): void {
  const email = query.get('hostEmail');
  if (email !== null && email.toLowerCase() !== state.host.email.toLowerCase()) {
    throw webexError(403, `The caller may not act for host ${email}.`);
  }
}

/** `max`: Webex's page size, default 10, at most 100 (a larger one is clamped). */
export function pageOf<T>(items: T[], ctx: WebexApiContext): { items: T[]; headers: Record<string, string> } {
  const raw = ctx.query.get('max');
  const max = raw === null ? 10 : Number(raw);
  if (!Number.isInteger(max) || max < 1) throw webexError(400, 'max must be a positive integer.');
  const size = Math.min(max, 100);
  const cursor = ctx.query.get('cursor');
  const offset = cursor === null ? 0 : Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw webexError(400, 'The cursor is not valid.');
  const headers: Record<string, string> = {};
  if (offset + size < items.length) {
    // Webex pages by RFC 5988 `Link` headers carrying an opaque cursor.
    const next = new URL(ctx.url);
    next.searchParams.set('cursor', Buffer.from(String(offset + size)).toString('base64url'));
    next.searchParams.set('max', String(size));
    headers.Link = `<${next.toString()}>; rel="next"`;
  }
  return { items: items.slice(offset, offset + size), headers };
}
