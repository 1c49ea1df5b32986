/**
 * Reading "wait" answers: what every provider shares (`Retry-After`, back-off). How a provider tells
 * a per-second limit from a daily one is its dialect's (lib/http/dialect.ts).
 */

/**
 * `Retry-After` as milliseconds from `now`: either delta-seconds or an HTTP date. A date is read
 * against the server's own clock (its `Date` header) when it sent one: a "next midnight" is the
 * server's midnight, and a computer whose clock is off by minutes must still wait the time meant.
 */
export function parseRetryAfter(value: string | null, now: number, serverNow?: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  // The Date header has whole seconds: only a larger difference is the clocks disagreeing.
  const skewed = serverNow !== undefined && Math.abs(serverNow - now) > CLOCK_RESOLUTION_MS;
  return Math.max(0, date - (skewed ? serverNow : now));
}

const CLOCK_RESOLUTION_MS = 2000;

export function nextUtcMidnight(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}

/** A wait (`waitMs` when the provider said how long), or a daily limit that resets at `resetAt`. */
export type RateLimit = { daily: false; waitMs: number | undefined } | { daily: true; resetAt: number };

/** Exponential back-off with jitter, so many clients retrying at once do not retry in step. */
export function backoffMs(attempt: number, random: () => number, baseMs = 500, capMs = 8000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
