import { describe, expect, it } from 'vitest';
import { minutesBetween, zonedTimeToEpoch } from '@/lib/meetings/zoned-time';

const utc = (ms: number) => new Date(ms).toISOString();

describe('wall-clock times in a zone', () => {
  it('reads a time in winter and in summer with that day’s offset', () => {
    expect(utc(zonedTimeToEpoch('2026-01-15T09:00:00', 'Europe/Berlin'))).toBe('2026-01-15T08:00:00.000Z');
    expect(utc(zonedTimeToEpoch('2026-07-15T09:00:00', 'Europe/Berlin'))).toBe('2026-07-15T07:00:00.000Z');
    expect(utc(zonedTimeToEpoch('2026-07-15T09:00:00', 'America/Los_Angeles'))).toBe(
      '2026-07-15T16:00:00.000Z',
    );
    expect(utc(zonedTimeToEpoch('2026-07-15T09:00:00', 'Asia/Kolkata'))).toBe('2026-07-15T03:30:00.000Z');
  });

  it('moves a time that does not exist (clocks go forward) forward by the gap', () => {
    // 02:30 never happens in Berlin on 29 March 2026: it is 03:30 summer time.
    expect(utc(zonedTimeToEpoch('2026-03-29T02:30:00', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the earlier of a time that happens twice (clocks go back)', () => {
    expect(utc(zonedTimeToEpoch('2026-10-25T02:30:00', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('counts real minutes across a change', () => {
    expect(minutesBetween('2026-03-29T01:00:00', '2026-03-29T04:00:00', 'Europe/Berlin')).toBe(120);
    expect(minutesBetween('2026-10-25T01:00:00', '2026-10-25T04:00:00', 'Europe/Berlin')).toBe(240);
    expect(minutesBetween('2026-03-29T01:00:00', '2026-03-29T04:00:00', 'UTC')).toBe(180);
  });
});
