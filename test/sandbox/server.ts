import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AdminControls, mountAdmin } from './core/admin';
import { createClock } from './core/clock';
import { createFaults } from './core/faults';
import { CORS_HEADERS, HttpError, sendJson } from './core/http';
import { createRequestLog, type LogEntry } from './core/request-log';
import { Router } from './core/router';
import { mountWebex, type WebexHandle, type WebexOptions } from './webex/index';
import { mountZoom, type ZoomOptions } from './zoom/index';
import type { TokenResponse } from './zoom/oauth-store';
import type { RateLimitConfig, RateLimitPatch } from './zoom/rate-limit';
import type { SeedState } from './zoom/seed';
import type { ZoomState } from './zoom/state';

export type { LogEntry, RateLimitConfig, RateLimitPatch, SeedState, TokenResponse, ZoomState };

export interface SandboxOptions extends ZoomOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the sandbox is for this machine only. */
  host?: string;
  /** The Webex provider, mounted under /webex/v1. */
  webex?: WebexOptions;
  /**
   * Send CORS headers and answer preflights (default true). Real Zoom and Webex send none, so an
   * extension reaches them only through host permissions; `false` makes the sandbox as strict.
   */
  cors?: boolean;
}

/** The running sandbox, steered directly by in-process tests (the same controls as /__admin). */
export interface Sandbox extends AdminControls {
  /** e.g. `http://127.0.0.1:4010`; OAuth at `${url}/oauth/...`, the API at `${url}/v2`. */
  readonly url: string;
  /** The live Zoom world: meetings, webinars, registrants, summaries. Tests may read and edit it. */
  readonly state: ZoomState;
  close(): Promise<void>;
  seed(seed: SeedState): void;
  configureRateLimits(patch: RateLimitPatch): RateLimitConfig;
  rateLimits(): RateLimitConfig;
  requests(): LogEntry[];
  /** Tokens for the seed's user without the consent page (as if Allow had been pressed). */
  issueTokens(): TokenResponse;
  /** The Webex provider beside Zoom: its world, limits (423/429) and OAuth, at `${url}/webex/v1`. */
  readonly webex: WebexHandle;
}

/**
 * Starts a local Zoom-compatible server: OAuth with PKCE, the /v2 Meetings API (user- and
 * account-level paths), rate limits, and /__admin. Provider-neutral at this level: the Zoom provider
 * is mounted on the router, and a Webex one can be mounted beside it.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = createClock();
  const faults = createFaults();
  const log = createRequestLog();
  const router = new Router();
  const cors = options.cors ?? true;
  let baseUrl = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The last line of defence: a handler bug answers 500 and the server keeps serving.
      console.error('[sandbox] unhandled error', error);
      sendJson(res, 500, { code: 500, message: 'Internal server error.' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (cors) for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    // The sandbox's own time, as Zoom's servers send theirs: a daily limit's Retry-After is read against it.
    res.setHeader('Date', new Date(clock.now()).toUTCString());
    const url = new URL(req.url ?? '/', baseUrl || 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    if (cors && method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const isAdmin = url.pathname === '/__admin' || url.pathname.startsWith('/__admin/');
    if (!isAdmin) {
      // Tests count API calls with the log, so admin calls and preflights stay out of it.
      const startedAt = Date.now();
      const time = new Date(clock.now()).toISOString();
      res.on('close', () => {
        const entry = {
          method,
          path: url.pathname,
          query: url.search,
          time,
          ms: Date.now() - startedAt,
        };
        log.record({
          ...entry,
          status: res.writableFinished ? res.statusCode : 0,
        });
      });
      if ((await faults.apply(res)) !== 'none') return;
    }
    try {
      const match = router.match(method, url.pathname);
      if (match.kind === 'found') {
        await match.handler({ req, res, url, params: match.params });
      } else if (match.kind === 'method-not-allowed') {
        sendJson(
          res,
          405,
          { code: 405, message: `Method ${method} is not allowed here.` },
          { Allow: match.allow.join(', ') },
        );
      } else {
        sendJson(res, 404, {
          code: 404,
          message: `No such endpoint: ${method} ${url.pathname}.`,
        });
      }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendJson(res, error.status, error.body, error.headers);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  const zoom = mountZoom(router, { clock, baseUrl: () => baseUrl }, options);
  const webex = mountWebex(router, { clock, baseUrl: () => baseUrl }, options.webex);

  const sandbox: Sandbox = {
    url: baseUrl,
    get state() {
      return zoom.state;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    snapshot: () => ({
      clock: { now: new Date(clock.now()).toISOString(), frozen: clock.frozen },
      faults: faults.settings,
      rateLimits: zoom.limiter.config,
      oauth: {
        ...zoom.oauth.settings,
        activeAccessTokens: zoom.oauth.tokenCount(),
      },
      zoom: zoom.state,
    }),
    reset() {
      clock.reset();
      faults.reset();
      log.clear();
      zoom.reset();
      webex.reset();
    },
    seed: (seed) => zoom.seed(seed as SeedState),
    clock: {
      now: () => clock.now(),
      get frozen() {
        return clock.frozen;
      },
      set: (at) => clock.set(typeof at === 'number' ? at : new Date(at).getTime()),
      advance: (ms) => clock.advance(ms),
      freeze: () => clock.freeze(),
      unfreeze: () => clock.unfreeze(),
    },
    setLatency: (ms) => void faults.set({ latencyMs: ms }),
    setErrorRate: (rate, status = 503) => void faults.set({ errorRate: rate, errorStatus: status }),
    failNext: (count, status = 503) => void faults.set({ failNext: count, errorStatus: status }),
    dropConnections: ({ rate, next }) =>
      void faults.set({
        ...(rate !== undefined ? { dropRate: rate } : {}),
        ...(next !== undefined ? { dropNext: next } : {}),
      }),
    force429: (count, kind = 'qps') => zoom.limiter.force(count, kind),
    configureRateLimits: (patch) => zoom.limiter.configure(patch as RateLimitPatch),
    rateLimits: () => zoom.limiter.config,
    requests: () => log.list(),
    clearRequests: () => log.clear(),
    setAutoApprove: (on) => void zoom.oauth.configure({ autoApprove: on }),
    setTokenLifetime: (seconds) => void zoom.oauth.configure({ tokenLifetimeSeconds: seconds }),
    revokeAllTokens: () => zoom.oauth.revokeAll(),
    issueTokens: () => zoom.issueTokens(),
    webex,
  };
  mountAdmin(router, sandbox);
  return sandbox;
}
