import type { Clock } from '../core/clock';
import type { Router } from '../core/router';
import { createApi } from './api';
import type { ZoomContext } from './context';
import { linksFor, opaqueToken } from './ids';
import { mountOAuth } from './oauth';
import { createOAuthStore, DEFAULT_OAUTH, pkceChallenge, type TokenResponse } from './oauth-store';
import { createRateLimiter, PRO_LIMITS, type RateLimitConfig, type RateLimitPatch } from './rate-limit';
import { createRegistration, DEFAULT_CAPACITY } from './registration';
import { mountLivestream } from './routes/livestream';
import { mountMeetings } from './routes/meetings';
import { mountPages } from './routes/pages';
import { mountMeetingRegistrants } from './routes/registrants';
import { mountSummaries } from './routes/summaries';
import { mountUsers } from './routes/users';
import { mountWebinars } from './routes/webinars';
import { buildState, loadDefaultSeed, type SeedState } from './seed';
import type { ZoomState } from './state';

export interface ZoomOptions {
  /** The world to start in; default test/sandbox/seed.json. */
  seed?: SeedState;
  /** OAuth client ids accepted; default ['sandbox-client']. */
  clientIds?: string[];
  /** When set, the only redirect URIs /oauth/authorize accepts (exact match). */
  redirectUris?: string[];
  /** Skip the consent page from the start. */
  autoApprove?: boolean;
  /** Access-token lifetime; default 3600. */
  tokenLifetimeSeconds?: number;
  /** Limits to start with (Pro plan by default); `false` switches them all off. */
  rateLimits?: RateLimitPatch | false;
  /** Registrants per meeting or webinar; default 4,999. */
  registrantCapacity?: number;
}

/** Mounts the Zoom provider (OAuth, /v2 API, link pages) and returns the handles tests steer it by. */
export function mountZoom(
  router: Router,
  deps: { clock: Clock; baseUrl: () => string },
  options: ZoomOptions = {},
) {
  const { clock } = deps;
  const links = linksFor(deps.baseUrl);
  const startSeed = options.seed ?? loadDefaultSeed();
  let state: ZoomState = buildState(startSeed, clock.now(), links);
  const startLimits: RateLimitConfig =
    options.rateLimits === false
      ? { ...PRO_LIMITS, enabled: false }
      : {
          ...PRO_LIMITS,
          ...options.rateLimits,
          qps: { ...PRO_LIMITS.qps, ...options.rateLimits?.qps },
        };
  const limiter = createRateLimiter(clock, startLimits);
  const oauth = createOAuthStore(clock, {
    ...DEFAULT_OAUTH,
    clientIds: options.clientIds ?? DEFAULT_OAUTH.clientIds,
    redirectUris: options.redirectUris ?? null,
    autoApprove: options.autoApprove ?? false,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? DEFAULT_OAUTH.tokenLifetimeSeconds,
  });
  const capacity = options.registrantCapacity ?? DEFAULT_CAPACITY;
  const getState = () => state;
  const ctx: ZoomContext = {
    api: createApi(router, { oauth, limiter, state: getState }),
    state: getState,
    clock,
    limiter,
    links,
    registration: createRegistration({
      clock,
      limiter,
      links,
      capacity: () => capacity,
    }),
  };

  mountOAuth(router, oauth, () => state.user);
  mountUsers(ctx);
  mountMeetings(ctx);
  mountMeetingRegistrants(ctx);
  mountWebinars(ctx);
  mountLivestream(ctx);
  mountSummaries(ctx);
  mountPages(router, getState);

  return {
    get state() {
      return state;
    },
    oauth,
    limiter,
    /** Back to the start seed and start limits. OAuth sessions survive, so a signed-in client stays signed in. */
    reset() {
      state = buildState(startSeed, clock.now(), links);
      limiter.reset(startLimits);
    },
    /** Replaces the world with another seed (validated; throws naming the bad field). Counters restart. */
    seed(next: SeedState) {
      state = buildState(next, clock.now(), links);
      limiter.reset();
    },
    /** Tokens for the seed's user without the browser dance, as if someone had pressed Allow. */
    issueTokens(clientId = oauth.settings.clientIds[0] ?? 'sandbox-client'): TokenResponse {
      const verifier = opaqueToken('v').padEnd(43, 'x');
      const redirectUri = 'https://sandbox.invalid/callback';
      const code = oauth.issueCode(
        {
          clientId,
          redirectUri,
          challenge: pkceChallenge(verifier),
          state: null,
        },
        state.user.id,
      );
      return oauth.redeemCode({ code, clientId, redirectUri, verifier });
    },
  };
}

export type ZoomProvider = ReturnType<typeof mountZoom>;
