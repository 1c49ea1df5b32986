import { describe, expect, it } from 'vitest';
import { describeError } from '../../../lib/http/describe-error';
import { eventFromPage } from '../../../lib/meetings/page-event';
import { parseRecurrence, weekdayOf } from '../../../lib/meetings/recurrence';
import type { PageEvent } from '../../../lib/protocol/calendar-event';

const parse = (rule: string, start = '2026-03-10', zone = 'America/New_York') =>
  parseRecurrence(rule, start, zone);

describe('parseRecurrence', () => {
  it('reads daily, weekly and monthly rules with their ends', () => {
    expect(parse('RRULE:FREQ=DAILY;INTERVAL=3;COUNT=10')).toEqual({
      frequency: 'daily',
      interval: 3,
      end: { type: 'count', count: 10 },
      rule: 'RRULE:FREQ=DAILY;INTERVAL=3;COUNT=10',
    });
    expect(parse('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR').byWeekDays).toEqual(['MO', 'WE', 'FR']);
    expect(parse('RRULE:FREQ=MONTHLY;BYMONTHDAY=15').monthly).toEqual({
      by: 'day',
      day: 15,
    });
    expect(parse('RRULE:FREQ=MONTHLY;BYDAY=2TU').monthly).toEqual({
      by: 'weekday',
      week: 2,
      weekDay: 'TU',
    });
    expect(parse('RRULE:FREQ=MONTHLY;BYDAY=-1FR').monthly).toEqual({
      by: 'weekday',
      week: -1,
      weekDay: 'FR',
    });
    expect(parse('RRULE:FREQ=MONTHLY;BYDAY=TH;BYSETPOS=3').monthly).toEqual({
      by: 'weekday',
      week: 3,
      weekDay: 'TH',
    });
    expect(parse('RRULE:FREQ=WEEKLY').end).toEqual({ type: 'never' });
  });

  it('fills what the rule leaves implicit from the first occurrence', () => {
    expect(weekdayOf('2026-03-10')).toBe('TU');
    expect(parse('RRULE:FREQ=WEEKLY').byWeekDays).toEqual(['TU']);
    expect(parse('RRULE:FREQ=MONTHLY').monthly).toEqual({ by: 'day', day: 10 });
  });

  it('turns a UTC end instant into the last local date in the event zone', () => {
    // 03:00 UTC on 1 July is still 30 June in New York, already 1 July in Tokyo.
    expect(parse('RRULE:FREQ=DAILY;UNTIL=20260701T030000Z').end).toEqual({
      type: 'until',
      until: '2026-06-30',
    });
    expect(parse('RRULE:FREQ=DAILY;UNTIL=20260701T030000Z', '2026-03-10', 'Asia/Tokyo').end).toEqual({
      type: 'until',
      until: '2026-07-01',
    });
    expect(parse('RRULE:FREQ=DAILY;UNTIL=20260701').end).toEqual({
      type: 'until',
      until: '2026-07-01',
    });
  });

  it('refuses what it cannot read, naming it', () => {
    expect(() => parse('RRULE:FREQ=HOURLY')).toThrow(/unknown frequency/);
    expect(() => parse('RRULE:FREQ=WEEKLY;BYHOUR=9')).toThrow(/unknown part "BYHOUR=9"/);
    expect(() => parse('RRULE:FREQ=WEEKLY;BYDAY=XX')).toThrow(/unknown week day/);
    expect(() => parse('RRULE:FREQ=DAILY;COUNT=0')).toThrow(/count "0"/);
    expect(() => parse('RRULE:FREQ=DAILY;COUNT=2;UNTIL=20260101')).toThrow(/both/);
    expect(() => parse('RRULE:FREQ=MONTHLY;BYDAY=1MO,2TU')).toThrow(/several/);
    expect(() => parse('RRULE:FREQ=DAILY\nEXDATE:20260312T093000')).toThrow(/exceptions/);
    expect(() => parse('Weekly on Tuesday')).toThrow(/RRULE/);
  });
});

// The content scripts send the page's rule text; the background reads it with the event's own
// start and zone, and an unreadable rule comes back to the button as a sentence.
describe('eventFromPage (the background reads the rule the page sent)', () => {
  const page = (patch: Partial<PageEvent> = {}): PageEvent => ({
    site: 'google',
    id: 'evt1',
    title: 'Planning',
    start: '2026-03-10T23:30:00',
    end: '2026-03-11T00:15:00',
    timeZone: 'Asia/Tokyo',
    allDay: false,
    guests: [],
    description: '',
    location: '',
    ...patch,
  });

  it('reads the rule with the first occurrence’s local date and the event’s zone', () => {
    const event = eventFromPage(page({ recurrence: { rule: 'RRULE:FREQ=WEEKLY;UNTIL=20260701T030000Z' } }));
    expect(event.recurrence).toEqual({
      frequency: 'weekly',
      interval: 1,
      // 10 March 2026 is a Tuesday: the day the rule leaves implicit.
      byWeekDays: ['TU'],
      // 03:00 UTC on 1 July is already noon on 1 July in Tokyo.
      end: { type: 'until', until: '2026-07-01' },
      rule: 'RRULE:FREQ=WEEKLY;UNTIL=20260701T030000Z',
    });
    expect(event).toMatchObject({ id: 'evt1', start: '2026-03-10T23:30:00', timeZone: 'Asia/Tokyo' });
  });

  it('leaves an event that does not repeat as it is, without a recurrence', () => {
    const event = eventFromPage(page());
    expect(event).toEqual(page());
    expect('recurrence' in event).toBe(false);
  });

  it('refuses an unreadable rule with a sentence the button shows, as an invalid request', () => {
    const read = () => eventFromPage(page({ recurrence: { rule: 'RRULE:FREQ=HOURLY;COUNT=3' } }));
    expect(read).toThrow(
      `Could not read the event's recurrence: unknown frequency in "RRULE:FREQ=HOURLY;COUNT=3".`,
    );
    let thrown: unknown;
    try {
      read();
    } catch (error) {
      thrown = error;
    }
    // What the router answers the content script with: the code and the sentence, not "internal".
    expect(describeError(thrown)).toEqual({
      code: 'invalid-request',
      message: `Could not read the event's recurrence: unknown frequency in "RRULE:FREQ=HOURLY;COUNT=3".`,
    });
  });
});
