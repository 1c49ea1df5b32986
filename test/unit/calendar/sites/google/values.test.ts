import { describe, expect, it } from 'vitest';
import { clockValue, dateValue } from '../../../../../lib/calendar/dom/read-fields';
import { normalEventId } from '../../../../../lib/calendar/sites/google/event-id';

// The encodings Google's editor and popover carry (docs/CALENDAR-DOM.md), read without a page.

describe('Google field encodings', () => {
  it('times: data-initial-value "5:30pm" or "T173000", data-ical "T173000"; anything else is unread', () => {
    const read = [
      'T173000',
      'T0930',
      '5:30pm',
      '5:30 PM',
      '5:30 p.m.',
      '12:00am',
      '12:15pm',
      '17:30',
      '9:05',
    ];
    expect(read.map(clockValue)).toEqual([
      '17:30:00',
      '09:30:00',
      '17:30:00',
      '17:30:00',
      '17:30:00',
      '00:00:00',
      '12:15:00',
      '17:30:00',
      '09:05:00',
    ]);
    for (const bad of ['13:00pm', '0:30am', 'T173000pm', '25:00', '17:61', 'noon', ''])
      expect(clockValue(bad), bad).toBeNull();
  });

  it('dates: "yyyymmdd" only, and a real day', () => {
    expect(dateValue('20260310')).toBe('2026-03-10');
    for (const bad of ['2026-03-10', '20260230', '20261301', '2026031', 'Tuesday'])
      expect(dateValue(bad), bad).toBeNull();
  });

  it('event ids: the address (base64url, unpadded) and the popover (base64) name one event alike', () => {
    const text = '7kq1m2abc_20260310T150000Z ada@example.de';
    const standard = btoa(text);
    const url = standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(standard).toMatch(/=$/);
    expect(url).not.toBe(standard);
    expect(normalEventId(standard)).toBe(text);
    expect(normalEventId(url)).toBe(text);
    // Not that shape: kept as it is, so an id in a form Google may use later still links.
    for (const raw of ['evt42', 'evt7', btoa('no calendar here'), '%%%'])
      expect(normalEventId(raw)).toBe(raw);
  });
});
