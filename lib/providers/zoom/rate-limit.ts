import { nextUtcMidnight, parseRetryAfter, type RateLimit } from '../../http/rate-limit';

/**
 * Reading Zoom's 429s. Zoom sends `X-RateLimit-Type: QPS` for a per-second limit (wait
 * `Retry-After`, then try again) and `Daily-limit` for a per-day one, whose `Retry-After` is the next
 * 00:00 GMT: retrying before then only burns requests. A daily limit is recognised by its header,
 * or, when Zoom sends none (the per-registrant limit of "Add a registrant"), by its message naming
 * the daily limit.
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
