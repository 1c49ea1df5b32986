import { ApiError } from '../../http/errors';
import type { MeetingDefaults } from '../../storage';
import type { SyncedSchedule } from './synced-schedule';
import type { CreateMeetingRequest } from './schemas';
import {
  BLOCK_END_MARK,
  BLOCK_START_MARK,
  InvitationBlockError,
  removeInvitationBlock,
} from '../../calendar/dom/invitation-block';
import type { CalendarEvent } from '../../protocol/calendar-event';
import { minutesBetween } from '../../meetings/zoned-time';
import { zoomRecurrence } from './recurrence';

// A calendar event and the person's meeting defaults -> the body of Zoom's "Create a meeting".
// Times go to Zoom as the event's wall clock plus its IANA zone (docs/api/zoom-meetings-api-reference.txt: a `start_time` without
// `Z` is read in `timezone`), so nothing here converts the start; only the duration needs the zone.

export const MAX_DURATION = 1440;
export const MAX_AGENDA = 2000;
const MAX_TOPIC = 200;

const refuse = (message: string) => new ApiError({ kind: 'invalid-request', message });

/** What a sync compares: the fields that follow the event after the meeting exists. */
export function scheduleFromEvent(event: CalendarEvent): SyncedSchedule {
  if (event.allDay) {
    throw refuse('An all-day event cannot become a Zoom meeting. Give the event a start and end time.');
  }
  const minutes = Math.round(minutesBetween(event.start, event.end, event.timeZone));
  if (minutes < 1) throw refuse('The event has no duration. Give it an end time after its start.');
  if (minutes > MAX_DURATION) {
    throw refuse('Zoom meetings last at most 24 hours; this event is longer. Shorten it to add a meeting.');
  }
  const title = event.title.trim();
  return {
    topic: title ? clip(title, MAX_TOPIC).trimEnd() : 'Meeting',
    start_time: event.start,
    timezone: event.timeZone,
    duration: minutes,
    recurrence: event.recurrence ? zoomRecurrence(event.recurrence, event.start, event.timeZone) : null,
  };
}

/** The description without the invitation block this extension wrote, at most 2,000 characters. */
export function agendaFromDescription(description: string): string {
  let text: string;
  try {
    text = removeInvitationBlock(description);
  } catch (error) {
    if (!(error instanceof InvitationBlockError)) throw error;
    // A damaged block: keep what comes before its first marker rather than a broken invitation.
    text = cutAtMarker(description);
  }
  const trimmed = text.trim();
  return trimmed.length <= MAX_AGENDA ? trimmed : `${clip(trimmed, MAX_AGENDA - 1)}…`;
}

/** The first `max` UTF-16 units (Zoom's and zod's length), never splitting an emoji in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function cutAtMarker(text: string): string {
  const marks = [BLOCK_START_MARK, BLOCK_END_MARK].map((m) => text.indexOf(m)).filter((i) => i >= 0);
  if (marks.length === 0) return text;
  const at = Math.min(...marks);
  return text.slice(0, text.lastIndexOf('\n', at) + 1);
}

/** Zoom's `settings` and passcode fields from the options page's defaults. */
export function settingsFromDefaults(defaults: MeetingDefaults, recurring: boolean) {
  const settings: NonNullable<CreateMeetingRequest['settings']> = {
    waiting_room: defaults.waitingRoom,
    join_before_host: defaults.joinBeforeHost,
    mute_upon_entry: defaults.muteUponEntry,
    auto_recording: defaults.autoRecording,
    approval_type: defaults.registration === 'automatic' ? 0 : defaults.registration === 'manual' ? 1 : 2,
  };
  // docs/api/zoom-meetings-api-reference.txt: a semicolon-separated list of e-mail addresses.
  if (defaults.alternativeHosts.length > 0) settings.alternative_hosts = defaults.alternativeHosts.join(';');
  // One registration for the whole series: a calendar guest attends the event, not one occurrence.
  if (recurring && defaults.registration !== 'none') settings.registration_type = 1;
  const passcode =
    defaults.passcode === 'fixed'
      ? { password: defaults.fixedPasscode }
      : defaults.passcode === 'none'
        ? { default_password: false }
        : {};
  return { settings, passcode };
}

/** The create body for `event` (throws an `invalid-request` ApiError with a sentence instead). */
export function meetingFromEvent(event: CalendarEvent, defaults: MeetingDefaults): CreateMeetingRequest {
  const schedule = scheduleFromEvent(event);
  const { recurrence, ...fixed } = schedule;
  const { settings, passcode } = settingsFromDefaults(defaults, recurrence !== null);
  const agenda = agendaFromDescription(event.description);
  return {
    ...fixed,
    type: recurrence ? 8 : 2,
    ...(recurrence ? { recurrence } : {}),
    ...(agenda ? { agenda } : {}),
    ...passcode,
    settings,
  };
}
