import { passcode, sessionNumber, sessionUuid } from './ids';
import { occurrencesFor } from './recurrence';
import type { MeetingInput, WebinarInput } from './schemas';
import type { Session, ZoomState, ZoomUser } from './state';
import { isValidTimeZone, parseStartTime, zoomTime } from './time';
import { validationError } from './validate';

/** Types that recur on a schedule and therefore need a `recurrence`. */
const RECURRING_FIXED = new Set([8, 9]);

function checkTimeZone(timezone: string | undefined): void {
  if (timezone !== undefined && !isValidTimeZone(timezone))
    throw validationError('timezone', 'is not a known time zone');
}

/** A new meeting or webinar from a create request, laid out like Zoom's (defaults, passcode, occurrences). */
export function createSession(
  kind: Session['kind'],
  input: MeetingInput | WebinarInput,
  user: ZoomUser,
  state: ZoomState,
  now: number,
): Session {
  checkTimeZone(input.timezone);
  const type = input.type ?? (kind === 'meeting' ? 2 : 5);
  if (RECURRING_FIXED.has(type) && !input.recurrence)
    throw validationError('recurrence', `is required for type ${type}`);
  const timezone = input.timezone ?? user.timezone;
  // Zoom starts a scheduled meeting without start_time right away.
  const startMs = input.start_time !== undefined ? parseStartTime(input.start_time, timezone) : now;
  const duration = input.duration ?? 60;
  const taken = (id: number) => [...state.meetings, ...state.webinars].some((s) => s.id === id);
  const recurrence = RECURRING_FIXED.has(type) || type === 3 || type === 6 ? input.recurrence : undefined;
  return {
    kind,
    id: sessionNumber(taken),
    uuid: sessionUuid(),
    host_id: user.id,
    topic: input.topic ?? (kind === 'meeting' ? 'Zoom Meeting' : 'Zoom Webinar'),
    type,
    start_time: zoomTime(startMs),
    duration,
    timezone,
    agenda: input.agenda ?? '',
    password: input.password ?? passcode(),
    created_at: zoomTime(now),
    status: 'waiting',
    settings: { approval_type: 2, ...input.settings } as Session['settings'],
    recurrence,
    occurrences: recurrence && RECURRING_FIXED.has(type) ? occurrencesFor(startMs, duration, recurrence) : [],
    registrants: [],
    livestream: {
      stream_url: '',
      stream_key: '',
      page_url: '',
      resolution: '',
      status: 'stopped',
    },
  };
}

/** Applies a PATCH; one occurrence of a recurring meeting can be moved on its own. */
export function updateSession(session: Session, input: MeetingInput, occurrenceId: string | null): void {
  checkTimeZone(input.timezone);
  if (occurrenceId) {
    const occurrence = session.occurrences.find(
      (o) => o.occurrence_id === occurrenceId && o.status === 'available',
    );
    if (!occurrence) throw validationError('occurrence_id', 'is not an occurrence of this meeting');
    if (input.start_time !== undefined) {
      occurrence.start_time = zoomTime(parseStartTime(input.start_time, input.timezone ?? session.timezone));
    }
    if (input.duration !== undefined) occurrence.duration = input.duration;
    return;
  }
  const type = input.type ?? session.type;
  const recurrence = input.recurrence ?? session.recurrence;
  if (RECURRING_FIXED.has(type) && !recurrence)
    throw validationError('recurrence', `is required for type ${type}`);
  if (input.topic !== undefined) session.topic = input.topic;
  if (input.agenda !== undefined) session.agenda = input.agenda;
  if (input.password !== undefined) session.password = input.password;
  if (input.timezone !== undefined) session.timezone = input.timezone;
  if (input.duration !== undefined) session.duration = input.duration;
  if (input.start_time !== undefined)
    session.start_time = zoomTime(parseStartTime(input.start_time, session.timezone));
  if (input.settings) session.settings = { ...session.settings, ...input.settings };
  const scheduleChanged =
    input.type !== undefined ||
    input.recurrence !== undefined ||
    input.start_time !== undefined ||
    input.duration !== undefined;
  session.type = type;
  session.recurrence = RECURRING_FIXED.has(type) || type === 3 ? recurrence : undefined;
  if (scheduleChanged) {
    session.occurrences =
      session.recurrence && RECURRING_FIXED.has(type)
        ? occurrencesFor(Date.parse(session.start_time), session.duration, session.recurrence)
        : [];
  }
}
