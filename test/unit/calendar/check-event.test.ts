import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarFieldError } from '../../../lib/calendar/adapter';
import { checkCalendarEvent } from '../../../lib/calendar/check-event';
import { type CalendarEvent, CalendarEventSchema } from '../../../lib/calendar/types';

const VALID: CalendarEvent = {
  site: 'google',
  id: 'evt1',
  title: 'Planning',
  start: '2026-03-29T01:30:00',
  end: '2026-03-29T03:30:00',
  timeZone: 'Europe/Berlin',
  allDay: false,
  recurrence: {
    frequency: 'monthly',
    interval: 1,
    monthly: { by: 'weekday', week: -1, weekDay: 'SU' },
    end: { type: 'until', until: '2026-12-31' },
    rule: 'RRULE:FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20261231',
  },
  guests: [{ email: 'ada@example.com', name: 'Ada' }],
  description: '',
  location: '',
};

// One field changed to something each rule set must judge: valid and invalid alike.
const mutation = fc.oneof(
  fc.constantFrom<[string, unknown]>(
    ['site', 'yahoo'],
    ['start', '2026-03-29 01:30'],
    ['end', '2026-03-28T23:00:00'],
    ['end', '2026-13-01T00:00:00'],
    ['timeZone', 'Europe/Atlantis'],
    ['timeZone', '+01:00'],
    ['timeZone', 'UTC'],
    ['id', ''],
    ['guests', [{ email: 'not an address' }]],
    ['guests', [{ email: 'x@y.z', name: '' }]],
    ['guests', []],
    ['allDay', 'yes'],
    ['title', ''],
  ),
  fc
    .record({ interval: fc.integer({ min: -2, max: 1001 }) })
    .map((r): [string, unknown] => ['recurrence', { ...VALID.recurrence, ...r }]),
  fc
    .integer({ min: -3, max: 7 })
    .map((week): [string, unknown] => [
      'recurrence',
      { ...VALID.recurrence, monthly: { by: 'weekday', week, weekDay: 'SU' } },
    ]),
  fc
    .integer({ min: -1, max: 10_001 })
    .map((count): [string, unknown] => [
      'recurrence',
      { ...VALID.recurrence, end: { type: 'count', count } },
    ]),
  fc.constant<[string, unknown]>(['recurrence', { ...VALID.recurrence, byWeekDays: ['MO'] }]),
);

describe("checkCalendarEvent (the content scripts' check) and CalendarEventSchema agree", () => {
  it('accepts a valid event unchanged', () => {
    expect(checkCalendarEvent(VALID)).toBe(VALID);
    expect(CalendarEventSchema.parse(VALID)).toEqual(VALID);
  });

  it('gives the same verdict on every single-field change', () => {
    fc.assert(
      fc.property(mutation, ([field, value]) => {
        const event = { ...VALID, [field]: value } as CalendarEvent;
        const zodOk = CalendarEventSchema.safeParse(event).success;
        let checkOk = true;
        try {
          checkCalendarEvent(event);
        } catch (error) {
          expect(error).toBeInstanceOf(CalendarFieldError);
          checkOk = false;
        }
        expect(checkOk).toBe(zodOk);
      }),
    );
  });
});
