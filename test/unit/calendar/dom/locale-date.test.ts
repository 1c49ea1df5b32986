import { beforeEach, describe, expect, it } from 'vitest';
import { parseLocalDate, parseLocalTime } from '@/lib/calendar/dom/locale-date';
import { englishMessages } from '@/test/support/english-messages';

describe('reading dates and times by the page locale', () => {
  beforeEach(() => void englishMessages());

  it('orders the date parts as the locale does', () => {
    expect(parseLocalDate('Tue, 3/10/2026', 'en-US', 'fieldStartDate')).toBe('2026-03-10');
    expect(parseLocalDate('Di., 10.3.2026', 'de', 'fieldStartDate')).toBe('2026-03-10');
    expect(parseLocalDate('2026/3/10(火)', 'ja', 'fieldStartDate')).toBe('2026-03-10');
    expect(parseLocalDate('10/03/2026', 'en-GB', 'fieldStartDate')).toBe('2026-03-10');
    expect(parseLocalDate('March 10, 2026', 'en-US', 'fieldStartDate')).toBe('2026-03-10');
    expect(parseLocalDate('10. März 2026', 'de', 'fieldStartDate')).toBe('2026-03-10');
  });

  it('reads 12- and 24-hour times with localized day periods', () => {
    expect(parseLocalTime('9:30 PM', 'en-US', 'fieldStartTime')).toBe('21:30:00');
    expect(parseLocalTime('12:05 AM', 'en-US', 'fieldStartTime')).toBe('00:05:00');
    expect(parseLocalTime('12:05 PM', 'en-US', 'fieldStartTime')).toBe('12:05:00');
    expect(parseLocalTime('午後9:30', 'ja', 'fieldStartTime')).toBe('21:30:00');
    expect(parseLocalTime('14:00', 'ja', 'fieldStartTime')).toBe('14:00:00');
    expect(parseLocalTime('21:30', 'de', 'fieldStartTime')).toBe('21:30:00');
  });

  it('refuses text that is not a date or time in that locale', () => {
    expect(() => parseLocalDate('2/30/2026', 'en-US', 'fieldStartDate')).toThrow(
      `Could not read the event's start date: "2/30/2026" is not a date in the page's language (en-US).`,
    );
    expect(() => parseLocalDate('soon', 'en-US', 'fieldEndDate')).toThrow(/end date/);
    expect(() => parseLocalTime('13:00 PM', 'en-US', 'fieldStartTime')).toThrow(/start time/);
    expect(() => parseLocalTime('noon', 'en-US', 'fieldStartTime')).toThrow(/start time/);
  });
});
