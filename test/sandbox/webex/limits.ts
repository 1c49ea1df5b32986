import type { Clock } from '../core/clock';
import { webexError } from './errors';

/**
 * Webex's throttling as a client meets it: a 429 with `Retry-After` seconds (no rate-limit type, no
 * daily limit), and 423 Locked when a resource is "temporarily unavailable", with `Retry-After` too.
 * Webex publishes no per-endpoint numbers, so the per-second budget is a setting (off by default).
 */
export interface WebexLimitConfig {
  /** API requests per second per host; `null`: unlimited. */
  perSecond: number | null;
  /** The `Retry-After` seconds a forced 423 or 429 carries. */
  retryAfterSeconds: number;
}

export const DEFAULT_WEBEX_LIMITS: WebexLimitConfig = { perSecond: null, retryAfterSeconds: 1 };

export type ForcedStatus = 423 | 429;

const MESSAGES: Record<ForcedStatus, string> = {
  423: 'The requested resource is temporarily unavailable. Retry after the time in the Retry-After header.',
  429: 'Too many requests have been sent in a given amount of time. Retry after the time in the Retry-After header.',
};

export function createWebexLimiter(clock: Clock, initial: WebexLimitConfig = DEFAULT_WEBEX_LIMITS) {
  let config = { ...initial };
  let forced: { count: number; status: ForcedStatus } = { count: 0, status: 429 };
  let window = { second: -1, count: 0 };

  const refuse = (status: ForcedStatus, seconds: number) =>
    webexError(status, MESSAGES[status], { 'Retry-After': String(seconds) });

  return {
    get config() {
      return config;
    },
    get forced() {
      return forced;
    },
    configure(patch: Partial<WebexLimitConfig>) {
      config = { ...config, ...patch };
      return config;
    },
    /** The next `count` API requests answer `status` (423 or 429) with Retry-After. */
    force(count: number, status: ForcedStatus = 429) {
      forced = { count: Math.max(0, Math.floor(count)), status };
    },
    reset(next: WebexLimitConfig = initial) {
      config = { ...next };
      forced = { count: 0, status: 429 };
      window = { second: -1, count: 0 };
    },
    /** Counts one request; throws the 423/429 when forced or over the per-second budget. */
    admit(): void {
      if (forced.count > 0) {
        forced = { ...forced, count: forced.count - 1 };
        throw refuse(forced.status, config.retryAfterSeconds);
      }
      if (config.perSecond === null) return;
      const now = clock.now();
      const second = Math.floor(now / 1000);
      if (window.second !== second) window = { second, count: 0 };
      if (window.count >= config.perSecond) {
        throw refuse(429, Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000)));
      }
      window.count++;
    },
  };
}

export type WebexLimiter = ReturnType<typeof createWebexLimiter>;
