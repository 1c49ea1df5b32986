import { z } from 'zod';
import type { Clock } from '../../core/clock';
import { isValidTimeZone, parseStartTime } from '../../zoom/time';
import { checkHostEmail, findMeeting, pageOf, type WebexApi } from '../api';
import { webexError } from '../errors';
import { hostKey, meetingId, meetingNumber } from '../seed';
import { meetingListItem, meetingSeries, type WebexLinks } from '../serialize';
import type { WebexMeeting, WebexState } from '../state';
import { parseWebexInput } from '../validate';

const MINUTE = 60_000;

const Fields = {
  title: z.string().trim().min(1).max(128),
  agenda: z.string().max(1300),
  password: z.string().min(1),
  start: z.string().min(1),
  end: z.string().min(1),
  timezone: z.string().refine(isValidTimeZone, 'not an IANA time zone'),
  // RFC 2445 RRULE without the "RRULE:" prefix, as Webex takes it.
  recurrence: z.string().regex(/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/),
  sendEmail: z.boolean(),
  hostEmail: z.email(),
};
const CreateInput = z.object({
  ...Fields,
  agenda: Fields.agenda.optional(),
  password: Fields.password.optional(),
  timezone: Fields.timezone.optional(),
  recurrence: Fields.recurrence.optional(),
  sendEmail: Fields.sendEmail.optional(),
  hostEmail: Fields.hostEmail.optional(),
  scheduledType: z.enum(['meeting', 'webinar']).optional(),
  enabledJoinBeforeHost: z.boolean().optional(),
  registration: z
    .object({ autoAcceptRequest: z.boolean().optional(), maxRegisterNum: z.int().min(1).optional() })
    .optional(),
});
// PATCH takes `recurrence: null` (the keyword) to make a series a single meeting again.
const PatchInput = z.object({ ...Fields, recurrence: Fields.recurrence.nullable() }).partial();

/** Webex's schedule rules: start not in the past, 10 minutes to 23 h 59 long. */
function schedule(start: string, end: string, timezone: string, now: number) {
  const from = parseStartTime(start, timezone);
  const to = parseStartTime(end, timezone);
  if (Number.isNaN(from) || Number.isNaN(to))
    throw webexError(400, 'start and end must be ISO 8601 date-times.');
  if (from < now - MINUTE) throw webexError(400, 'start cannot be before the current date and time.');
  const minutes = (to - from) / MINUTE;
  if (minutes < 10 || minutes > 1439) {
    throw webexError(400, 'The duration between start and end must be 10 minutes to 23 hours 59 minutes.');
  }
  // Webex keeps minutes, never seconds.
  return { start: Math.floor(from / MINUTE) * MINUTE, end: Math.floor(to / MINUTE) * MINUTE };
}

export function mountMeetings(
  api: WebexApi,
  deps: { state: () => WebexState; clock: Clock; links: WebexLinks },
): void {
  const { state, clock, links } = deps;
  const series = (m: WebexMeeting) => meetingSeries(m, state().host, links, clock.now());
  const listItem = (m: WebexMeeting) => meetingListItem(m, state().host, links, clock.now());

  api('POST', '/meetings', async ({ json }) => {
    const input = parseWebexInput(CreateInput, await json());
    const world = state();
    if (input.hostEmail && input.hostEmail.toLowerCase() !== world.host.email.toLowerCase()) {
      throw webexError(403, `The caller may not schedule for host ${input.hostEmail}.`);
    }
    const timezone = input.timezone ?? world.host.timezone;
    const meeting: WebexMeeting = {
      id: meetingId(),
      meetingNumber: meetingNumber(),
      title: input.title,
      agenda: input.agenda ?? '',
      password: input.password ?? 'Sbx12345',
      ...schedule(input.start, input.end, timezone, clock.now()),
      timezone,
      recurrence: input.recurrence ?? null,
      scheduledType: input.scheduledType ?? 'meeting',
      hostKey: hostKey(),
      registration: input.registration
        ? {
            autoAcceptRequest: input.registration.autoAcceptRequest ?? false,
            maxRegisterNum: input.registration.maxRegisterNum ?? 1000,
          }
        : null,
      registrants: [],
    };
    world.meetings.push(meeting);
    return { status: 200, body: series(meeting) };
  });

  api('GET', '/meetings', (ctx) => {
    checkHostEmail(state(), ctx.query);
    const webLink = ctx.query.get('webLink');
    if (webLink !== null) {
      if (ctx.query.has('meetingNumber') || ctx.query.has('roomId')) {
        throw webexError(400, 'meetingNumber, webLink and roomId are mutually exclusive.');
      }
      // By link, Webex ignores from, to, meetingType and max: the series with that link, past or not.
      const found = state().meetings.filter((m) => links.join(m) === webLink);
      return { status: 200, body: { items: found.map(listItem) } };
    }
    const from = ctx.query.get('from');
    const to = ctx.query.get('to');
    const fromMs = from ? Date.parse(from) : clock.now();
    const toMs = to ? Date.parse(to) : Number.POSITIVE_INFINITY;
    if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw webexError(400, 'from and to must be ISO 8601.');
    const meetings = state()
      .meetings.filter((m) => m.end > fromMs && m.start < toMs)
      .sort((a, b) => a.start - b.start);
    const page = pageOf(meetings, ctx);
    return { status: 200, body: { items: page.items.map(listItem) }, headers: page.headers };
  });

  api('GET', '/meetings/:meetingId', ({ params, query }) => {
    checkHostEmail(state(), query);
    return { status: 200, body: series(findMeeting(state(), params.meetingId)) };
  });

  const update =
    (full: boolean) => async (ctx: { params: Record<string, string>; json(): Promise<unknown> }) => {
      const meeting = findMeeting(state(), ctx.params.meetingId);
      const schema = full ? PatchInput.required({ title: true, start: true, end: true }) : PatchInput;
      const input = parseWebexInput(schema, await ctx.json());
      const timezone = input.timezone ?? meeting.timezone;
      if (input.start !== undefined || input.end !== undefined || input.timezone !== undefined) {
        const times = schedule(
          input.start ?? new Date(meeting.start).toISOString(),
          input.end ?? new Date(meeting.end).toISOString(),
          timezone,
          clock.now(),
        );
        Object.assign(meeting, times, { timezone });
      }
      if (input.title !== undefined) meeting.title = input.title;
      if (input.agenda !== undefined) meeting.agenda = input.agenda;
      if (input.password !== undefined) meeting.password = input.password;
      if (input.recurrence !== undefined) meeting.recurrence = input.recurrence;
      return { status: 200, body: listItem(meeting) };
    };
  api('PUT', '/meetings/:meetingId', update(true));
  api('PATCH', '/meetings/:meetingId', update(false));

  api('DELETE', '/meetings/:meetingId', ({ params, query }) => {
    checkHostEmail(state(), query);
    const meeting = findMeeting(state(), params.meetingId);
    state().meetings = state().meetings.filter((m) => m !== meeting);
    return { status: 204 };
  });
}
