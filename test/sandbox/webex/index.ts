import type { Clock } from '../core/clock';
import type { Router } from '../core/router';
import { opaqueToken } from '../zoom/ids';
import { createOAuthStore, DEFAULT_OAUTH, pkceChallenge, type TokenResponse } from '../zoom/oauth-store';
import { mountWebexAdmin, type WebexAdminControls } from './admin';
import { createWebexApi, WEBEX_PREFIX } from './api';
import { createWebexLimiter, DEFAULT_WEBEX_LIMITS, type ForcedStatus, type WebexLimitConfig } from './limits';
import { mountWebexOAuth } from './oauth';
import { mountMeetings } from './routes/meetings';
import { mountPeople } from './routes/people';
import { mountRegistrants } from './routes/registrants';
import { buildWebexState, loadDefaultWebexSeed, type WebexSeed } from './seed';
import { linksFor } from './serialize';
import type { WebexState } from './state';

export { WEBEX_PREFIX };
export type { WebexLimitConfig, WebexSeed, WebexState };

export interface WebexOptions {
  /** Default test/sandbox/webex-seed.json. */
  seed?: WebexSeed;
  /** Integration client ids accepted; default ['sandbox-webex-client']. */
  clientIds?: string[];
  autoApprove?: boolean;
  tokenLifetimeSeconds?: number;
  limits?: Partial<WebexLimitConfig>;
}

export const WEBEX_SANDBOX_CLIENT = 'sandbox-webex-client';
const WEBEX_SCOPE =
  'spark:people_read meeting:schedules_read meeting:schedules_write meeting:participants_read meeting:participants_write';

/** The in-process handle tests steer the Webex provider by (`sandbox.webex`). */
export interface WebexHandle extends WebexAdminControls {
  readonly state: WebexState;
  /** `${sandbox.url}/webex/v1`: OAuth and API base alike, as webexapis.com/v1 is. */
  readonly base: string;
  limits(): WebexLimitConfig;
  issueTokens(): TokenResponse;
}

/** Mounts the Webex provider (OAuth, API, admin) under /webex/v1 beside Zoom's /v2 and /oauth. */
export function mountWebex(
  router: Router,
  deps: { clock: Clock; baseUrl: () => string },
  options: WebexOptions = {},
): WebexHandle {
  const { clock } = deps;
  const startSeed = options.seed ?? loadDefaultWebexSeed();
  let state = buildWebexState(startSeed, clock.now());
  const startLimits = { ...DEFAULT_WEBEX_LIMITS, ...options.limits };
  const limiter = createWebexLimiter(clock, startLimits);
  const oauth = createOAuthStore(clock, {
    ...DEFAULT_OAUTH,
    clientIds: options.clientIds ?? [WEBEX_SANDBOX_CLIENT],
    autoApprove: options.autoApprove ?? false,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? DEFAULT_OAUTH.tokenLifetimeSeconds,
    scope: WEBEX_SCOPE,
  });
  const getState = () => state;
  const links = linksFor(deps.baseUrl);
  const api = createWebexApi(router, { oauth, limiter, state: getState });

  mountWebexOAuth(router, oauth, () => state.host);
  mountPeople(api, getState);
  mountMeetings(api, { state: getState, clock, links });
  mountRegistrants(api, { state: getState, clock });

  const handle: WebexHandle = {
    get state() {
      return state;
    },
    get base() {
      return `${deps.baseUrl()}${WEBEX_PREFIX}`;
    },
    snapshot: () => ({
      limits: limiter.config,
      forced: limiter.forced,
      oauth: { ...oauth.settings, activeAccessTokens: oauth.tokenCount() },
      webex: state,
    }),
    /** Back to the start seed and limits; OAuth sessions survive, as Zoom's reset keeps them. */
    reset() {
      state = buildWebexState(startSeed, clock.now());
      limiter.reset(startLimits);
    },
    seed(next) {
      state = buildWebexState(next as WebexSeed, clock.now());
      limiter.reset(startLimits);
    },
    force: (count, status: ForcedStatus = 429) => limiter.force(count, status),
    configureLimits: (patch) => limiter.configure(patch as Partial<WebexLimitConfig>),
    limits: () => limiter.config,
    setAutoApprove: (on) => void oauth.configure({ autoApprove: on }),
    setTokenLifetime: (seconds) => void oauth.configure({ tokenLifetimeSeconds: seconds }),
    revokeAllTokens: () => oauth.revokeAll(),
    /** Tokens for the host without the browser dance, as if Accept had been pressed. */
    issueTokens() {
      const verifier = opaqueToken('v').padEnd(43, 'x');
      const request = {
        clientId: oauth.settings.clientIds[0] ?? WEBEX_SANDBOX_CLIENT,
        redirectUri: 'https://sandbox.invalid/callback',
        challenge: pkceChallenge(verifier),
        state: null,
      };
      const code = oauth.issueCode(request, state.host.id);
      return oauth.redeemCode({
        code,
        clientId: request.clientId,
        redirectUri: request.redirectUri,
        verifier,
      });
    },
  };
  mountWebexAdmin(router, handle);
  return handle;
}
