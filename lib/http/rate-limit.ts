/**
 * Reading Zoom's 429s. Zoom sends `X-RateLimit-Type: QPS` for a per-second limit (wait
 * `Retry-After`, then try again) and `Daily-limit` for a per-day one, whose `Retry-After` is the next
 * 00:00 GMT: retrying before then only burns requests.
 */

/**
 * `Retry-After` as milliseconds from `now`: either delta-seconds or an HTTP date. A date is read
 * against the server's own clock (its `Date` header) when it sent one: Zoom's "next 00:00 GMT" is
 * Zoom's midnight, and a computer whose clock is off by minutes must still wait the time Zoom meant.
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

export type RateLimit = { daily: false; waitMs: number | undefined } | { daily: true; resetAt: number };

/**
 * Classifies a 429. A daily limit is recognised by its header, or, when Zoom sends none (the
 * per-registrant limit of "Add a registrant"), by its message naming the daily limit.
 */
export function classifyRateLimit(headers: Headers, message: string | undefined, now: number): RateLimit {
  const type = headers.get('x-ratelimit-type') ?? '';
  const serverNow = Date.parse(headers.get('date') ?? '');
  const waitMs = parseRetryAfter(
    headers.get('retry-after'),
    now,
    Number.isNaN(serverNow) ? undefined : serverNow,
  );
  const daily = /daily/i.test(type) || (!/qps/i.test(type) && /daily/i.test(message ?? ''));
  if (!daily) return { daily: false, waitMs };
  return { daily: true, resetAt: waitMs === undefined ? nextUtcMidnight(now) : now + waitMs };
}

/** Exponential back-off with jitter, so many clients retrying at once do not retry in step. */
export function backoffMs(attempt: number, random: () => number, baseMs = 500, capMs = 8000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
