import { type Clock, DAY_MS, nextUtcMidnight } from '../core/clock';
import { HttpError } from '../core/http';
import { zoomTime } from './time';

/** Zoom's rate-limit labels; each endpoint carries one in docs/api/zoom-meetings-api-reference.txt. */
export type Category = 'LIGHT' | 'MEDIUM' | 'HEAVY';

/** Every limit can be set, and `null` switches that one off; `enabled: false` switches all off. */
export interface RateLimitConfig {
  enabled: boolean;
  /** Requests per second per account, per category. */
  qps: Record<Category, number | null>;
  /** Per host per GMT day: "Create a meeting" has a daily limit of 100 requests. */
  meetingCreatesPerDay: number | null;
  /** Per host per GMT day, for "Create a webinar". */
  webinarCreatesPerDay: number | null;
  /** Per meeting per GMT day: "a meeting can only be updated a maximum of 100 times within 24 hours". */
  meetingUpdatesPerDay: number | null;
  /** Per registrant (meeting + e-mail) per API per GMT day. */
  registrantRequestsPerDay: number | null;
}

export interface RateLimitPatch extends Partial<Omit<RateLimitConfig, 'qps'>> {
  qps?: Partial<Record<Category, number | null>>;
}

/** Zoom's Pro plan. */
export const PRO_LIMITS: RateLimitConfig = {
  enabled: true,
  qps: { LIGHT: 30, MEDIUM: 20, HEAVY: 10 },
  meetingCreatesPerDay: 100,
  webinarCreatesPerDay: 100,
  meetingUpdatesPerDay: 100,
  registrantRequestsPerDay: 3,
};

export type ForcedKind = 'qps' | 'daily';

/** Zoom writes the category capitalised in headers: `X-RateLimit-Category: Light`. */
const LABEL: Record<Category, string> = {
  LIGHT: 'Light',
  MEDIUM: 'Medium',
  HEAVY: 'Heavy',
};

const QPS_MESSAGE = 'You have reached the maximum per-second rate limit for this API. Try again later.';
/** Zoom's daily ceiling for heavy APIs on Pro; what a forced daily 429 reports as its limit. */
const FORCED_DAILY_LIMIT = 30_000;

export interface DailyCheck {
  key: string;
  limit: number | null;
  category: Category;
  message: string;
}

export interface RateLimiter {
  readonly config: RateLimitConfig;
  configure(patch: RateLimitPatch): RateLimitConfig;
  /** The next `count` API requests get a 429 of this kind, whatever the counters say. */
  force(count: number, kind: ForcedKind): void;
  readonly forced: { count: number; kind: ForcedKind };
  /** Forgets every counter and forced 429; with a config, also replaces the limits. */
  reset(config?: RateLimitConfig): void;
  /** Counts one request against its category's per-second window; throws the 429 when it is full. */
  admitQps(accountId: string, category: Category): Record<string, string>;
  /** Throws the daily 429 if any key is already at its limit; counts nothing. */
  checkDaily(checks: DailyCheck[]): void;
  /** Counts one request against each key for today. */
  countDaily(checks: DailyCheck[]): void;
  /** How many requests a key has used today (tests and admin read it). */
  usedToday(key: string): number;
}

export function createRateLimiter(clock: Clock, initial: RateLimitConfig = PRO_LIMITS): RateLimiter {
  let config = structuredClone(initial);
  let forced = { count: 0, kind: 'qps' as ForcedKind };
  const windows = new Map<string, { window: number; count: number }>();
  const daily = new Map<string, { day: number; count: number }>();

  const today = () => Math.floor(clock.now() / DAY_MS);
  const used = (key: string) => {
    const entry = daily.get(key);
    // A counter from an earlier GMT day is spent: the sandbox clock passed 00:00 GMT.
    return entry && entry.day === today() ? entry.count : 0;
  };

  const qpsError = (category: Category, limit: number, retryAfterSeconds: number) =>
    new HttpError(
      429,
      { code: 429, message: QPS_MESSAGE },
      {
        'X-RateLimit-Category': LABEL[category],
        'X-RateLimit-Type': 'QPS',
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': '0',
        'Retry-After': String(retryAfterSeconds),
      },
    );

  const dailyError = (category: Category, limit: number, message: string) =>
    new HttpError(
      429,
      { code: 429, message },
      {
        'X-RateLimit-Category': LABEL[category],
        'X-RateLimit-Type': 'Daily-limit',
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': '0',
        // Zoom's rate-limit guide: a daily limit's Retry-After is the next 00:00 GMT as a timestamp.
        'Retry-After': zoomTime(nextUtcMidnight(clock.now())),
      },
    );

  return {
    get config() {
      return config;
    },
    configure(patch) {
      config = { ...config, ...patch, qps: { ...config.qps, ...patch.qps } };
      return config;
    },
    force(count, kind) {
      forced = { count: Math.max(0, Math.floor(count)), kind };
    },
    get forced() {
      return forced;
    },
    reset(next) {
      if (next) config = structuredClone(next);
      forced = { count: 0, kind: 'qps' };
      windows.clear();
      daily.clear();
    },
    admitQps(accountId, category): Record<string, string> {
      if (forced.count > 0) {
        forced = { ...forced, count: forced.count - 1 };
        if (forced.kind === 'daily') {
          throw dailyError(
            category,
            FORCED_DAILY_LIMIT,
            `You have exceeded the daily rate limit of "${FORCED_DAILY_LIMIT}" for ${LABEL[category]} API requests. You can resume these API requests at GMT 00:00:00.`,
          );
        }
        throw qpsError(category, config.qps[category] ?? 0, 1);
      }
      const limit = config.qps[category];
      if (!config.enabled || limit === null) return { 'X-RateLimit-Category': LABEL[category] };
      const now = clock.now();
      const window = Math.floor(now / 1000);
      const key = `${accountId}:${category}`;
      const entry = windows.get(key);
      const count = entry && entry.window === window ? entry.count : 0;
      if (count >= limit) {
        throw qpsError(category, limit, Math.max(1, Math.ceil(((window + 1) * 1000 - now) / 1000)));
      }
      windows.set(key, { window, count: count + 1 });
      return {
        'X-RateLimit-Category': LABEL[category],
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(limit - count - 1),
      };
    },
    checkDaily(checks) {
      if (!config.enabled) return;
      for (const check of checks) {
        if (check.limit !== null && used(check.key) >= check.limit) {
          throw dailyError(check.category, check.limit, check.message);
        }
      }
    },
    countDaily(checks) {
      if (!config.enabled) return;
      for (const check of checks) {
        if (check.limit === null) continue;
        daily.set(check.key, { day: today(), count: used(check.key) + 1 });
      }
    },
    usedToday: used,
  };
}
