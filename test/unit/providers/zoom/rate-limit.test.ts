import { describe, expect, it } from 'vitest';
import { classifyRateLimit } from '@/lib/providers/zoom/rate-limit';

const NOW = Date.UTC(2026, 2, 10, 15, 30, 0);

describe("classifying Zoom's 429", () => {
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

  it('recognises the per-registrant daily limit by its message, resetting at 00:00 GMT', () => {
    const message = 'You have exceeded the daily rate limit of "3" for Add meeting registrant API requests';
    expect(classifyRateLimit(new Headers(), message, NOW)).toEqual({
      daily: true,
      resetAt: Date.UTC(2026, 2, 11),
    });
  });
});
