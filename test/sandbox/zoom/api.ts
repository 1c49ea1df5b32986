import type { IncomingMessage } from 'node:http';
import { HttpError, readBody, sendJson } from '../core/http';
import type { Router } from '../core/router';
import type { OAuthStore } from './oauth-store';
import type { Category, RateLimiter } from './rate-limit';
import type { Session, ZoomState, ZoomUser } from './state';
import { parseJson } from './validate';

export interface ApiContext {
  req: IncomingMessage;
  params: Record<string, string>;
  query: URLSearchParams;
  user: ZoomUser;
  /** The body parsed as JSON; malformed JSON is a 400 naming the problem. */
  json(): Promise<unknown>;
}

export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ApiHandler = (ctx: ApiContext) => ApiResult | Promise<ApiResult>;

/** Zoom's error body: `{ code, message }`, with the HTTP status beside it. */
export const zoomError = (status: number, code: number, message: string) =>
  new HttpError(status, { code, message });

export const INVALID_TOKEN = { code: 124, message: 'Invalid access token.' };

export interface ApiDeps {
  oauth: OAuthStore;
  limiter: RateLimiter;
  state: () => ZoomState;
}

/**
 * Registers an endpoint at its user-level path (`/v2/meetings/...`) and its account-level twin
 * (`/v2/accounts/{accountId}/meetings/...`), behind Zoom's checks in Zoom's order: the bearer
 * token (401, code 124), the account, then the per-second limit of the endpoint's label.
 */
export function createApi(router: Router, deps: ApiDeps) {
  return (method: string, path: string, category: Category, handler: ApiHandler) => {
    for (const prefix of ['/v2', '/v2/accounts/:accountId']) {
      router.add(method, `${prefix}${path}`, async ({ req, res, url, params }) => {
        const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const userId = token ? deps.oauth.authenticate(token) : null;
        const user = deps.state().user;
        if (!userId || userId !== user.id) {
          sendJson(res, 401, INVALID_TOKEN);
          return;
        }
        if (
          params.accountId !== undefined &&
          params.accountId !== user.account_id &&
          params.accountId !== 'me'
        ) {
          sendJson(res, 400, {
            code: 2001,
            message: `Account does not exist: ${params.accountId}.`,
          });
          return;
        }
        let rateHeaders: Record<string, string> = {};
        try {
          rateHeaders = deps.limiter.admitQps(user.account_id, category);
          const result = await handler({
            req,
            params,
            query: url.searchParams,
            user,
            json: async () => parseJson(await readBody(req)),
          });
          sendJson(res, result.status, result.body, {
            ...rateHeaders,
            ...result.headers,
          });
        } catch (error) {
          if (error instanceof HttpError)
            sendJson(res, error.status, error.body, {
              ...rateHeaders,
              ...error.headers,
            });
          else throw error;
        }
      });
    }
  };
}

export type Api = ReturnType<typeof createApi>;

/** `me`, the user's id or e-mail; anyone else is unknown to this one-user sandbox (code 1001). */
export function resolveUser(state: ZoomState, userId: string | undefined): ZoomUser {
  const user = state.user;
  const id = userId ?? '';
  if (id === 'me' || id === user.id || id.toLowerCase() === user.email.toLowerCase()) return user;
  throw zoomError(404, 1001, `User does not exist: ${id}.`);
}

/**
 * Whether a path id names this meeting: its number, or its UUID. Zoom asks clients to encode a UUID
 * twice; the router decoded once, so one more decoding is tried.
 */
export function idMatches(rawId: string, number: number, uuid: string): boolean {
  if (rawId === String(number) || rawId === uuid) return true;
  try {
    return decodeURIComponent(rawId) === uuid;
  } catch {
    return false;
  }
}

/** Finds a meeting by number (or UUID); unknown ones get Zoom's 404 with code 3001. */
export function findSession(
  list: Session[],
  rawId: string | undefined,
  kind: 'Meeting' | 'Webinar',
): Session {
  const id = rawId ?? '';
  const session = list.find((s) => idMatches(id, s.id, s.uuid));
  if (!session) throw zoomError(404, 3001, `${kind} does not exist: ${id}.`);
  return session;
}
