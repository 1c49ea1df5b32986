import { describe, expect, it } from 'vitest';
import { parseLocalDate, parseLocalTime } from '../../../lib/calendar/locale-date';

describe('reading dates and times by the page locale', () => {
  it('orders the date parts as the locale does', () => {
    expect(parseLocalDate('Tue, 3/10/2026', 'en-US', 'start date')).toBe('2026-03-10');
    expect(parseLocalDate('Di., 10.3.2026', 'de', 'start date')).toBe('2026-03-10');
    expect(parseLocalDate('2026/3/10(火)', 'ja', 'start date')).toBe('2026-03-10');
    expect(parseLocalDate('10/03/2026', 'en-GB', 'start date')).toBe('2026-03-10');
    expect(parseLocalDate('March 10, 2026', 'en-US', 'start date')).toBe('2026-03-10');
    expect(parseLocalDate('10. März 2026', 'de', 'start date')).toBe('2026-03-10');
  });

  it('reads 12- and 24-hour times with localized day periods', () => {
    expect(parseLocalTime('9:30 PM', 'en-US', 'start time')).toBe('21:30:00');
    expect(parseLocalTime('12:05 AM', 'en-US', 'start time')).toBe('00:05:00');
    expect(parseLocalTime('12:05 PM', 'en-US', 'start time')).toBe('12:05:00');
    expect(parseLocalTime('午後9:30', 'ja', 'start time')).toBe('21:30:00');
    expect(parseLocalTime('14:00', 'ja', 'start time')).toBe('14:00:00');
    expect(parseLocalTime('21:30', 'de', 'start time')).toBe('21:30:00');
  });

  it('refuses text that is not a date or time in that locale', () => {
    expect(() => parseLocalDate('2/30/2026', 'en-US', 'start date')).toThrow(/start date: "2\/30\/2026"/);
    expect(() => parseLocalDate('soon', 'en-US', 'end date')).toThrow(/end date/);
    expect(() => parseLocalTime('13:00 PM', 'en-US', 'start time')).toThrow(/start time/);
    expect(() => parseLocalTime('noon', 'en-US', 'start time')).toThrow(/start time/);
  });
});
