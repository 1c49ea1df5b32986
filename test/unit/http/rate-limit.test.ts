import { describe, expect, it } from 'vitest';
import { backoffMs, nextUtcMidnight, parseRetryAfter } from '@/lib/http/rate-limit';

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

describe('the clock', () => {
  it('reads Retry-After against our clock when the Date header agrees with it to within its whole seconds', () => {
    expect(parseRetryAfter(new Date(NOW + 7000).toUTCString(), NOW, NOW - 900)).toBe(7000);
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
