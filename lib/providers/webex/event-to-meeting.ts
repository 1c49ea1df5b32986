import { ApiError } from '../../http/errors';
import type { MeetingDefaults } from '../../storage';
import type { CreateWebexMeeting } from './schemas';
import { agendaFromDescription } from '../zoom/event-to-meeting';
import type { CalendarEvent, Recurrence } from '../../protocol/calendar-event';
import { zonedTimeToEpoch, zoneOffsetMs } from '../../meetings/zoned-time';

// A calendar event and the person's meeting defaults -> the body of Webex's "Create a Meeting".
// `start` and `end` carry the event's wall clock with its offset in the event's zone, and `timezone`
// names the zone: an absolute time Webex cannot misread, and the zone its invitations show.

/** The spec: a meeting lasts 10 minutes to 23 hours 59 minutes. */
export const WEBEX_MIN_MINUTES = 10;
export const WEBEX_MAX_MINUTES = 1439;
/** The spec: title at most 128 characters, agenda at most 1,300. */
const MAX_TITLE = 128;
const MAX_AGENDA = 1300;

const refuse = (message: string) => new ApiError({ kind: 'invalid-request', message });

/**
 * `2031-01-06T09:00:00+01:00`: the wall-clock time with the zone's offset at that instant. Written
 * from the instant, so a time in a spring-forward gap comes out as the calendar moves it.
 */
export function withOffset(local: string, timeZone: string): string {
  const ms = zonedTimeToEpoch(local, timeZone);
  const offsetMs = zoneOffsetMs(ms, timeZone);
  const wall = new Date(ms + offsetMs).toISOString().slice(0, 19);
  const abs = Math.abs(Math.round(offsetMs / 60_000));
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${offsetMs < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** `20310331T215959Z`: RFC 2445's UTC date-time form for UNTIL. */
const rfcUtc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/**
 * The repetition as an RFC 2445 RRULE (without `RRULE:`), as Webex's `recurrence` takes it. Every
 * rule our calendar model holds is expressible; Webex keeps only the first day of a monthly or
 * yearly rule, and the model has one there. `until` is the last day an occurrence may start, in
 * the event's zone, so UNTIL is the end of that day there, in UTC.
 */
export function webexRecurrence(r: Recurrence, timeZone: string): string {
  const parts = [`FREQ=${r.frequency.toUpperCase()}`, `INTERVAL=${r.interval}`];
  if (r.frequency === 'weekly' && r.byWeekDays) parts.push(`BYDAY=${r.byWeekDays.join(',')}`);
  if (r.monthly?.by === 'day') parts.push(`BYMONTHDAY=${r.monthly.day}`);
  if (r.monthly?.by === 'weekday') parts.push(`BYDAY=${r.monthly.week}${r.monthly.weekDay}`);
  if (r.end.type === 'count') parts.push(`COUNT=${r.end.count}`);
  if (r.end.type === 'until')
    parts.push(`UNTIL=${rfcUtc(zonedTimeToEpoch(`${r.end.until}T23:59:59`, timeZone))}`);
  return parts.join(';');
}

/** What follows the event after the meeting exists (a sync PATCHes these). */
export function webexScheduleFromEvent(event: CalendarEvent) {
  if (event.allDay) {
    throw refuse('An all-day event cannot become a Webex meeting. Give the event a start and end time.');
  }
  const minutes = Math.round(
    (zonedTimeToEpoch(event.end, event.timeZone) - zonedTimeToEpoch(event.start, event.timeZone)) / 60_000,
  );
  if (minutes < WEBEX_MIN_MINUTES) {
    throw refuse('Webex meetings last at least 10 minutes; give the event a later end time.');
  }
  if (minutes > WEBEX_MAX_MINUTES) {
    throw refuse(
      'Webex meetings last at most 23 hours 59 minutes; this event is longer. Shorten it to add a meeting.',
    );
  }
  const title = event.title.trim();
  return {
    title: title ? clip(title, MAX_TITLE).trimEnd() : 'Meeting',
    start: withOffset(event.start, event.timeZone),
    end: withOffset(event.end, event.timeZone),
    timezone: event.timeZone,
    ...(event.recurrence ? { recurrence: webexRecurrence(event.recurrence, event.timeZone) } : {}),
  };
}

/** The create body for `event`; throws an `invalid-request` ApiError with a sentence instead. */
export function webexMeetingFromEvent(
  event: CalendarEvent,
  defaults: Pick<MeetingDefaults, 'registration' | 'joinBeforeHost' | 'passcode' | 'fixedPasscode'>,
): CreateWebexMeeting {
  const agenda = agendaFromDescription(event.description);
  return {
    ...webexScheduleFromEvent(event),
    ...(agenda ? { agenda: agenda.length <= MAX_AGENDA ? agenda : `${clip(agenda, MAX_AGENDA - 1)}…` } : {}),
    // Webex generates a password when none is sent and has no "no password" choice.
    ...(defaults.passcode === 'fixed' ? { password: defaults.fixedPasscode } : {}),
    enabledJoinBeforeHost: defaults.joinBeforeHost,
    // Registration on: Webex requires first name, last name and e-mail to be asked.
    ...(defaults.registration === 'none'
      ? {}
      : {
          registration: {
            autoAcceptRequest: defaults.registration === 'automatic',
            requireFirstName: true,
            requireLastName: true,
            requireEmail: true,
          },
        }),
  };
}

/** The first `max` UTF-16 units, never splitting an emoji in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
