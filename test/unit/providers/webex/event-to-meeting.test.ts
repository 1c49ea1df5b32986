import { describe, expect, it } from 'vitest';
import {
  webexMeetingFromEvent,
  webexRecurrence,
  webexScheduleFromEvent,
  withOffset,
} from '@/lib/providers/webex/event-to-meeting';
import { upsertInvitationBlock } from '@/lib/calendar/dom/invitation-block';
import { CreateMeetingRequestSchema } from '@/lib/providers/webex/schemas';
import type { CalendarEvent } from '@/lib/protocol/calendar-event';
import { defaults, event, rule } from '@/test/support/calendar-events';

describe('webexMeetingFromEvent', () => {
  it('sends the wall clock with its offset and the zone, title and agenda, registration off', () => {
    const body = webexMeetingFromEvent(event({ description: 'Agenda line' }), defaults());
    expect(body).toEqual({
      title: 'Planning',
      start: '2026-05-12T10:00:00+02:00',
      end: '2026-05-12T11:30:00+02:00',
      timezone: 'Europe/Berlin',
      agenda: 'Agenda line',
      enabledJoinBeforeHost: false,
    });
    expect(CreateMeetingRequestSchema.safeParse(body).success).toBe(true);
  });

  it('turns registration on with the approval choice, and sends a fixed passcode', () => {
    const manual = webexMeetingFromEvent(
      event(),
      defaults({ registration: 'manual', passcode: 'fixed', fixedPasscode: 'Abc123' }),
    );
    expect(manual.registration).toEqual({
      autoAcceptRequest: false,
      requireFirstName: true,
      requireLastName: true,
      requireEmail: true,
    });
    expect(manual.password).toBe('Abc123');
    expect(
      webexMeetingFromEvent(event(), defaults({ registration: 'automatic' })).registration?.autoAcceptRequest,
    ).toBe(true);
  });

  it('keeps the offset right on each side of a daylight-saving change', () => {
    expect(withOffset('2026-03-28T09:00:00', 'Europe/Paris')).toBe('2026-03-28T09:00:00+01:00');
    expect(withOffset('2026-03-29T09:00:00', 'Europe/Paris')).toBe('2026-03-29T09:00:00+02:00');
    expect(withOffset('2026-11-01T09:00:00', 'America/Los_Angeles')).toBe('2026-11-01T09:00:00-08:00');
    expect(withOffset('2026-07-01T09:00:00', 'Asia/Kolkata')).toBe('2026-07-01T09:00:00+05:30');
    // 02:30 does not exist that night in Paris: the calendar moves it to 03:30 summer time.
    expect(withOffset('2026-03-29T02:30:00', 'Europe/Paris')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('leaves the invitation block this extension wrote out of the agenda, within 1,300 characters', () => {
    const description = upsertInvitationBlock('Bring slides', 'Join: https://x.example/j/1');
    expect(webexMeetingFromEvent(event({ description }), defaults()).agenda).toBe('Bring slides');
    const long = webexMeetingFromEvent(event({ description: 'x'.repeat(2000) }), defaults()).agenda!;
    expect(long).toHaveLength(1300);
    expect(long.endsWith('…')).toBe(true);
  });

  it('refuses what Webex cannot hold, with a sentence', () => {
    const refused = (patch: Partial<CalendarEvent>) => {
      try {
        webexScheduleFromEvent(event(patch));
      } catch (error) {
        expect(error).toMatchObject({ kind: 'invalid-request' });
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refused({ allDay: true })).toMatch(/all-day/);
    expect(refused({ end: '2026-05-12T10:05:00' })).toMatch(/at least 10 minutes/);
    expect(refused({ end: '2026-05-13T10:00:00' })).toMatch(/at most 23 hours 59 minutes/);
    expect(webexScheduleFromEvent(event({ end: '2026-05-13T09:59:00' })).end).toBe(
      '2026-05-13T09:59:00+02:00',
    );
  });

  it('names an untitled event and cuts a long title at 128', () => {
    expect(webexScheduleFromEvent(event({ title: '  ' })).title).toBe('Meeting');
    expect(webexScheduleFromEvent(event({ title: 'a'.repeat(300) })).title).toHaveLength(128);
  });
});

describe('webexRecurrence (RFC 2445)', () => {
  it('writes weekly, daily, monthly and yearly rules with their ends', () => {
    expect(webexRecurrence(rule({ byWeekDays: ['MO', 'WE'] }), 'Europe/Berlin')).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE;COUNT=10',
    );
    expect(webexRecurrence(rule({ frequency: 'daily', interval: 2, end: { type: 'never' } }), 'UTC')).toBe(
      'FREQ=DAILY;INTERVAL=2',
    );
    expect(
      webexRecurrence(
        rule({ frequency: 'monthly', monthly: { by: 'weekday', week: -1, weekDay: 'FR' } }),
        'UTC',
      ),
    ).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;COUNT=10');
    expect(webexRecurrence(rule({ frequency: 'monthly', monthly: { by: 'day', day: 15 } }), 'UTC')).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15;COUNT=10',
    );
    expect(webexRecurrence(rule({ frequency: 'yearly', end: { type: 'count', count: 3 } }), 'UTC')).toBe(
      'FREQ=YEARLY;INTERVAL=1;COUNT=3',
    );
  });

  it('ends an "until" rule at the end of that day in the event’s zone, in UTC', () => {
    expect(webexRecurrence(rule({ end: { type: 'until', until: '2026-06-30' } }), 'Europe/Berlin')).toBe(
      'FREQ=WEEKLY;INTERVAL=1;UNTIL=20260630T215959Z',
    );
  });

  it('goes into the create body of a recurring event', () => {
    const body = webexMeetingFromEvent(event({ recurrence: rule({ byWeekDays: ['TU'] }) }), defaults());
    expect(body.recurrence).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=10');
  });
});
