import { beforeEach, describe, expect, it } from 'vitest';
import {
  agendaFromDescription,
  meetingFromEvent,
  scheduleFromEvent,
} from '@/lib/providers/zoom/event-to-meeting';
import { upsertInvitationBlock } from '@/lib/calendar/dom/invitation-block';
import { CreateMeetingRequestSchema } from '@/lib/providers/zoom/schemas';
import { defaults, event, rule } from '@/test/support/calendar-events';
import { englishMessages } from '@/test/support/english-messages';
import type { CalendarEvent, Recurrence } from '@/lib/protocol/calendar-event';
import type { MeetingDefaults } from '@/lib/storage';

// A damaged invitation block's sentence comes from the messages (_locales), as in the extension.
beforeEach(() => void englishMessages());

const duration = (start: string, end: string, timeZone: string) =>
  scheduleFromEvent(event({ start, end, timeZone })).duration;
const refusal = (patch: Partial<CalendarEvent>) => {
  try {
    meetingFromEvent(event(patch), defaults());
  } catch (error) {
    expect(error).toMatchObject({ kind: 'invalid-request', code: 'invalid-request' });
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};
const recurrence = (r: Partial<Recurrence>, patch: Partial<CalendarEvent> = {}) =>
  meetingFromEvent(event({ recurrence: rule(r), ...patch }), defaults()).recurrence;

describe('a calendar event as a Zoom meeting', () => {
  it('keeps the wall-clock start and hands Zoom the IANA zone with it', () => {
    const body = meetingFromEvent(event(), defaults());
    expect(body).toEqual({
      topic: 'Planning',
      type: 2,
      start_time: '2026-05-12T10:00:00',
      timezone: 'Europe/Berlin',
      duration: 90,
      settings: {
        waiting_room: true,
        join_before_host: false,
        mute_upon_entry: false,
        auto_recording: 'none',
        approval_type: 2,
      },
    });
    expect(CreateMeetingRequestSchema.safeParse(body).success).toBe(true);
  });

  it('names a meeting without a title "Meeting", and trims a long one to Zoom’s 200 characters', () => {
    expect(meetingFromEvent(event({ title: '' }), defaults()).topic).toBe('Meeting');
    expect(meetingFromEvent(event({ title: '  \n ' }), defaults()).topic).toBe('Meeting');
    expect(meetingFromEvent(event({ title: '  Retro  ' }), defaults()).topic).toBe('Retro');
    expect(meetingFromEvent(event({ title: 'x'.repeat(250) }), defaults()).topic).toHaveLength(200);
  });

  describe('duration, in real minutes in the event’s zone', () => {
    it('is two hours for 01:00–04:00 on the spring-forward day in Berlin', () => {
      expect(duration('2026-03-29T01:00:00', '2026-03-29T04:00:00', 'Europe/Berlin')).toBe(120);
    });
    it('is four hours for 01:00–04:00 on the fall-back day in Berlin', () => {
      expect(duration('2026-10-25T01:00:00', '2026-10-25T04:00:00', 'Europe/Berlin')).toBe(240);
    });
    it('follows New York’s change, on its own date', () => {
      expect(duration('2026-03-08T01:30:00', '2026-03-08T03:30:00', 'America/New_York')).toBe(60);
      expect(duration('2026-03-29T01:30:00', '2026-03-29T03:30:00', 'America/New_York')).toBe(120);
    });
    it('handles a half-hour change (Lord Howe Island) and a half-hour zone (Kolkata)', () => {
      expect(duration('2026-04-05T01:00:00', '2026-04-05T03:00:00', 'Australia/Lord_Howe')).toBe(150);
      expect(duration('2026-04-05T09:00:00', '2026-04-05T09:45:00', 'Asia/Kolkata')).toBe(45);
    });
    it('runs across midnight', () => {
      expect(duration('2026-05-12T23:00:00', '2026-05-13T01:00:00', 'Europe/Berlin')).toBe(120);
    });
    it('accepts exactly 24 hours, and a day that looks longer but is not (spring forward)', () => {
      expect(duration('2026-05-12T10:00:00', '2026-05-13T10:00:00', 'Europe/Berlin')).toBe(1440);
      expect(duration('2026-03-28T12:00:00', '2026-03-29T12:30:00', 'Europe/Berlin')).toBe(1410);
    });
  });

  it('refuses all-day, empty and over-24-hour events with a sentence, not a guess', () => {
    expect(refusal({ allDay: true })).toMatch(/all-day/);
    expect(refusal({ end: '2026-05-12T10:00:00' })).toMatch(/no duration/);
    expect(refusal({ end: '2026-05-13T10:01:00' })).toMatch(/24 hours/);
    // 24 hours on the clock, 25 in reality: the fall-back night.
    expect(refusal({ start: '2026-10-24T12:00:00', end: '2026-10-25T12:00:00' })).toMatch(/24 hours/);
  });

  describe('recurrence (type 8)', () => {
    it('daily, every other day, ten times', () => {
      const body = meetingFromEvent(
        event({ recurrence: rule({ frequency: 'daily', interval: 2 }) }),
        defaults(),
      );
      expect(body.type).toBe(8);
      expect(body.recurrence).toEqual({ type: 1, repeat_interval: 2, end_times: 10 });
      expect(CreateMeetingRequestSchema.safeParse(body).success).toBe(true);
    });

    it('weekly on chosen days, Sunday = 1, in order', () => {
      expect(recurrence({ byWeekDays: ['TH', 'TU', 'SU'] })).toEqual({
        type: 2,
        repeat_interval: 1,
        weekly_days: '1,3,5',
        end_times: 10,
      });
    });

    it('weekly without days repeats on the start’s week day', () => {
      // 12 May 2026 is a Tuesday.
      expect(recurrence({})?.weekly_days).toBe('3');
    });

    it('monthly by day, by numbered week day and on the last week day', () => {
      const monthly = (m: Recurrence['monthly']) => recurrence({ frequency: 'monthly', monthly: m });
      expect(monthly({ by: 'day', day: 15 })).toEqual({
        type: 3,
        repeat_interval: 1,
        monthly_day: 15,
        end_times: 10,
      });
      expect(monthly({ by: 'weekday', week: 2, weekDay: 'MO' })).toMatchObject({
        monthly_week: 2,
        monthly_week_day: 2,
      });
      expect(monthly({ by: 'weekday', week: -1, weekDay: 'FR' })).toMatchObject({
        monthly_week: -1,
        monthly_week_day: 6,
      });
      expect(monthly(undefined)?.monthly_day).toBe(12);
    });

    it('ends on a date: the end of that day in the event’s zone, in UTC', () => {
      expect(recurrence({ end: { type: 'until', until: '2026-06-30' } })?.end_date_time).toBe(
        '2026-06-30T21:59:59Z',
      );
      expect(
        recurrence({ end: { type: 'until', until: '2026-06-30' } }, { timeZone: 'America/New_York' })
          ?.end_date_time,
      ).toBe('2026-07-01T03:59:59Z');
    });

    it('accepts Zoom’s largest intervals and refuses one more', () => {
      expect(recurrence({ frequency: 'daily', interval: 99 })?.repeat_interval).toBe(99);
      expect(recurrence({ interval: 50 })?.repeat_interval).toBe(50);
      expect(recurrence({ frequency: 'monthly', interval: 10 })?.repeat_interval).toBe(10);
      expect(refusal({ recurrence: rule({ frequency: 'daily', interval: 100 }) })).toMatch(/every 99 days/);
      expect(refusal({ recurrence: rule({ interval: 51 }) })).toMatch(/every 50 weeks/);
      expect(refusal({ recurrence: rule({ frequency: 'monthly', interval: 11 }) })).toMatch(
        /every 10 months/,
      );
    });

    it('accepts 60 occurrences and refuses 61, whether counted or up to a date', () => {
      expect(recurrence({ end: { type: 'count', count: 60 } })?.end_times).toBe(60);
      expect(refusal({ recurrence: rule({ end: { type: 'count', count: 61 } }) })).toMatch(/at most 60/);
      // Daily from 12 May: 60 days end on 10 July.
      const daily = (until: string) => rule({ frequency: 'daily', end: { type: 'until', until } });
      expect(
        meetingFromEvent(event({ recurrence: daily('2026-07-10') }), defaults()).recurrence,
      ).toMatchObject({ end_date_time: '2026-07-10T21:59:59Z' });
      expect(refusal({ recurrence: daily('2026-07-11') })).toMatch(/at most 60/);
      // Three days a week: occurrences 58..60 fall in the 20th week, the 61st in the 21st.
      const weekly = (until: string) =>
        rule({ byWeekDays: ['TU', 'TH', 'SA'], end: { type: 'until', until } });
      expect(
        meetingFromEvent(event({ recurrence: weekly('2026-09-26') }), defaults()).recurrence,
      ).toBeDefined();
      expect(refusal({ recurrence: weekly('2026-09-29') })).toMatch(/at most 60/);
    });

    it('counts only months that have the day (the 31st)', () => {
      // Jan 2026 to Jun 2031 is 66 months, but only 38 of them have a 31st: within Zoom's 60.
      const r = rule({
        frequency: 'monthly',
        monthly: { by: 'day', day: 31 },
        end: { type: 'until', until: '2031-06-30' },
      });
      const body = meetingFromEvent(
        event({ start: '2026-01-31T10:00:00', end: '2026-01-31T11:00:00', recurrence: r }),
        defaults(),
      );
      expect(body.recurrence).toMatchObject({ monthly_day: 31, end_date_time: '2031-06-30T21:59:59Z' });
    });

    it('counts monthly week-day occurrences up to the end date', () => {
      // The last Friday of each month from May 2026: April 2031 is the 60th, May 2031 the 61st.
      const lastFriday = (until: string) =>
        rule({
          frequency: 'monthly',
          monthly: { by: 'weekday', week: -1, weekDay: 'FR' },
          end: { type: 'until', until },
        });
      expect(meetingFromEvent(event({ recurrence: lastFriday('2031-04-30') }), defaults()).type).toBe(8);
      expect(refusal({ recurrence: lastFriday('2031-05-31') })).toMatch(/at most 60/);
    });

    it('refuses what Zoom cannot hold, with a sentence', () => {
      expect(refusal({ recurrence: rule({ frequency: 'yearly' }) })).toMatch(/every year/);
      expect(
        refusal({
          recurrence: rule({ frequency: 'monthly', monthly: { by: 'weekday', week: 5, weekDay: 'MO' } }),
        }),
      ).toMatch(/fifth/);
      expect(refusal({ recurrence: rule({ end: { type: 'never' } }) })).toMatch(/need an end/);
      expect(refusal({ recurrence: rule({ end: { type: 'until', until: '2026-05-01' } }) })).toMatch(
        /ends before/,
      );
    });
  });

  describe('agenda', () => {
    it('is the description without the invitation block', () => {
      const description = upsertInvitationBlock(
        'Bring the numbers.',
        'Join Zoom Meeting\nhttps://zoom.us/j/1',
      );
      expect(meetingFromEvent(event({ description }), defaults()).agenda).toBe('Bring the numbers.');
    });

    it('is left out when the description holds only the block', () => {
      const description = upsertInvitationBlock('', 'Join Zoom Meeting');
      expect(meetingFromEvent(event({ description }), defaults())).not.toHaveProperty('agenda');
    });

    it('stops before a damaged block rather than copying half an invitation', () => {
      expect(agendaFromDescription('Notes\n──── [zoom-invitation] ────\nJoin Zoom Meeting\n')).toBe('Notes');
    });

    it('is at most 2,000 characters, without splitting an emoji', () => {
      const long = agendaFromDescription('a'.repeat(1998) + '😀😀😀');
      expect(long).toHaveLength(1999);
      expect(long.endsWith('a…')).toBe(true);
      expect(agendaFromDescription('b'.repeat(2000))).toBe('b'.repeat(2000));
    });
  });

  describe('settings from the defaults', () => {
    const settingsOf = (d: Partial<MeetingDefaults>, patch: Partial<CalendarEvent> = {}) =>
      meetingFromEvent(event(patch), defaults(d));

    it('sends a fixed passcode, asks for none, or leaves it to Zoom', () => {
      expect(settingsOf({ passcode: 'fixed', fixedPasscode: 'abc123' }).password).toBe('abc123');
      expect(settingsOf({ passcode: 'none', fixedPasscode: 'abc123' })).toMatchObject({
        default_password: false,
      });
      expect(settingsOf({ passcode: 'none' })).not.toHaveProperty('password');
      const auto = settingsOf({ passcode: 'auto', fixedPasscode: 'abc123' });
      expect(auto).not.toHaveProperty('password');
      expect(auto).not.toHaveProperty('default_password');
    });

    it('carries the switches, recording and alternative hosts (semicolon-separated for Zoom)', () => {
      const body = settingsOf({
        waitingRoom: false,
        joinBeforeHost: true,
        muteUponEntry: true,
        autoRecording: 'cloud',
        alternativeHosts: ['a@example.com', 'b@example.com'],
      });
      expect(body.settings).toEqual({
        waiting_room: false,
        join_before_host: true,
        mute_upon_entry: true,
        auto_recording: 'cloud',
        alternative_hosts: 'a@example.com;b@example.com',
        approval_type: 2,
      });
    });

    it('asks for registration with automatic or manual approval; once for a whole series', () => {
      expect(settingsOf({ registration: 'automatic' }).settings).toMatchObject({ approval_type: 0 });
      expect(settingsOf({ registration: 'automatic' }).settings).not.toHaveProperty('registration_type');
      const series = settingsOf({ registration: 'manual' }, { recurrence: rule({}) });
      expect(series.settings).toMatchObject({ approval_type: 1, registration_type: 1 });
      expect(settingsOf({}, { recurrence: rule({}) }).settings).not.toHaveProperty('registration_type');
    });
  });
});
