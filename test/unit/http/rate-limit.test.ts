import { describe, expect, it } from 'vitest';
import { backoffMs, classifyRateLimit, nextUtcMidnight, parseRetryAfter } from '@/lib/http/rate-limit';

const NOW = Date.UTC(2026, 2, 10, 15, 30, 0);

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter(new Date(NOW + 7000).toUTCString(), NOW)).toBe(7000);
    expect(parseRetryAfter(new Date(NOW - 7000).toUTCString(), NOW)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});

describe('classifying a 429', () => {
  it('reads a QPS limit with its wait', () => {
    const headers = new Headers({ 'X-RateLimit-Type': 'QPS', 'Retry-After': '1' });
    expect(classifyRateLimit(headers, undefined, NOW)).toEqual({ daily: false, waitMs: 1000 });
  });

  it('reads a daily limit with its reset time from Retry-After', () => {
    const reset = Date.UTC(2026, 2, 11);
    const headers = new Headers({
      'X-RateLimit-Type': 'Daily-limit',
      'Retry-After': new Date(reset).toUTCString(),
    });
    expect(classifyRateLimit(headers, undefined, NOW)).toEqual({ daily: true, resetAt: reset });
  });

  it("reads a daily reset against the server's clock, not ours, when the response has a Date", () => {
    // Zoom says 23:59:58 and resets at its midnight: 2 s from now, whatever this computer's clock says.
    const reset = Date.UTC(2026, 2, 11);
    const headers = new Headers({
      'X-RateLimit-Type': 'Daily-limit',
      'Retry-After': new Date(reset).toISOString(),
      Date: new Date(reset - 2000).toUTCString(),
    });
    expect(classifyRateLimit(headers, undefined, NOW)).toEqual({ daily: true, resetAt: NOW + 2000 });
  });

  it('reads Retry-After against our clock when the Date header agrees with it to within its whole seconds', () => {
    expect(parseRetryAfter(new Date(NOW + 7000).toUTCString(), NOW, NOW - 900)).toBe(7000);
  });

  it('recognises the per-registrant daily limit by its message, resetting at 00:00 GMT', () => {
    const message = 'You have exceeded the daily rate limit of "3" for Add meeting registrant API requests';
    expect(classifyRateLimit(new Headers(), message, NOW)).toEqual({
      daily: true,
      resetAt: Date.UTC(2026, 2, 11),
    });
  });

  it('computes the next midnight in GMT', () => {
    expect(nextUtcMidnight(Date.UTC(2026, 11, 31, 23, 59))).toBe(Date.UTC(2027, 0, 1));
  });
});

describe('back-off', () => {
  it('grows exponentially, jittered between half and all of the step, up to a cap', () => {
    expect(backoffMs(0, () => 0)).toBe(250);
    expect(backoffMs(0, () => 1)).toBe(500);
    expect(backoffMs(2, () => 0.5)).toBe(1500);
    expect(backoffMs(10, () => 1)).toBe(8000);
  });
});
