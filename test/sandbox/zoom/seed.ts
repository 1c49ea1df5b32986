import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Links, sessionUuid } from './ids';
import { occurrencesFor } from './recurrence';
import { MeetingSettingsInput, RecurrenceInput, WebinarSettingsInput } from './schemas';
import type { Session, Summary, ZoomState, ZoomUser } from './state';
import { parseStartTime, zoomTime } from './time';

/**
 * The seed: the world the sandbox starts in. Times are offsets in minutes from the sandbox clock's
 * "now" when the seed is loaded, so a seed written once keeps its upcoming meetings upcoming and its
 * finished one finished. An absolute `start_time` is accepted too.
 */
const MINUTE = 60_000;

const RegistrantSeed = z.object({
  id: z.string().min(1).optional(),
  email: z.email(),
  first_name: z.string().min(1),
  last_name: z.string().optional(),
  status: z.enum(['approved', 'pending', 'denied']).default('approved'),
  created_offset_minutes: z.number().default(-1440),
});

const LivestreamSeed = z.object({
  stream_url: z.string(),
  stream_key: z.string(),
  page_url: z.string(),
  resolution: z.string().default('720p'),
  status: z.enum(['started', 'stopped']).default('stopped'),
});

function sessionSeed<S extends z.ZodType>(types: [number, ...number[]], settings: S) {
  return z.object({
    id: z.int().positive(),
    uuid: z.string().optional(),
    topic: z.string(),
    type: z.int().refine((t) => types.includes(t), {
      message: `type must be one of ${types.join(', ')}`,
    }),
    start_offset_minutes: z.number().optional(),
    start_time: z.string().optional(),
    duration: z.int().min(0).default(60),
    timezone: z.string().optional(),
    agenda: z.string().default(''),
    password: z.string().default('123456'),
    status: z.enum(['waiting', 'started']).default('waiting'),
    settings: settings.optional(),
    recurrence: RecurrenceInput.optional(),
    livestream: LivestreamSeed.optional(),
    registrants: z.array(RegistrantSeed).default([]),
    created_offset_minutes: z.number().default(-10_080),
  });
}

const SummarySeed = z.object({
  meeting_id: z.int().positive(),
  meeting_uuid: z.string().optional(),
  meeting_topic: z.string(),
  meeting_start_offset_minutes: z.number(),
  meeting_duration_minutes: z.number().default(60),
  summary_title: z.string(),
  summary_content: z.string(),
  summary_overview: z.string().optional(),
  next_steps: z.array(z.string()).default([]),
});

export const SeedSchema = z.object({
  user: z.object({
    id: z.string().min(1),
    account_id: z.string().min(1),
    email: z.email(),
    first_name: z.string(),
    last_name: z.string(),
    type: z.union([z.literal(1), z.literal(2)]).default(2),
    timezone: z.string().default('UTC'),
    pmi: z.int().default(5_551_112_222),
    language: z.string().default('en-US'),
    role_name: z.string().default('Owner'),
    dept: z.string().default(''),
  }),
  meetings: z.array(sessionSeed([1, 2, 3, 8], MeetingSettingsInput)).default([]),
  webinars: z.array(sessionSeed([5, 6, 9], WebinarSettingsInput)).default([]),
  summaries: z.array(SummarySeed).default([]),
});

/** A seed as written in seed.json or passed to `startSandbox({ seed })`. */
export type SeedState = z.input<typeof SeedSchema>;

export function loadDefaultSeed(): SeedState {
  return JSON.parse(readFileSync(new URL('../seed.json', import.meta.url), 'utf8')) as SeedState;
}

/** Validates a seed and lays it out at `now`. Throws a zod error naming the bad field. */
export function buildState(seed: unknown, now: number, links: Links): ZoomState {
  const input = SeedSchema.parse(seed);
  // Whole minutes, as people schedule: start times and occurrence ids then look like Zoom's.
  now = Math.floor(now / MINUTE) * MINUTE;
  const at = (offsetMinutes: number) => zoomTime(now + offsetMinutes * MINUTE);
  const user: ZoomUser = {
    ...input.user,
    display_name: `${input.user.first_name} ${input.user.last_name}`.trim(),
    created_at: at(-525_600),
    last_login_time: at(-60),
    status: 'active',
    verified: 1,
  };

  const toSession = (kind: Session['kind'], s: z.output<ReturnType<typeof sessionSeed>>): Session => {
    const timezone = s.timezone ?? user.timezone;
    const startMs =
      s.start_time !== undefined
        ? parseStartTime(s.start_time, timezone)
        : now + (s.start_offset_minutes ?? 60) * MINUTE;
    const settings = {
      approval_type: 2 as const,
      registration_type: 1,
      ...(s.settings as object),
    } as Session['settings'];
    const session: Session = {
      kind,
      id: s.id,
      uuid: s.uuid ?? sessionUuid(),
      host_id: user.id,
      topic: s.topic,
      type: s.type,
      start_time: zoomTime(startMs),
      duration: s.duration,
      timezone,
      agenda: s.agenda,
      password: s.password,
      created_at: at(s.created_offset_minutes),
      status: s.status,
      settings,
      recurrence: s.recurrence,
      occurrences: s.recurrence ? occurrencesFor(startMs, s.duration, s.recurrence) : [],
      registrants: [],
      livestream: s.livestream ?? {
        stream_url: '',
        stream_key: '',
        page_url: '',
        resolution: '',
        status: 'stopped',
      },
    };
    session.registrants = s.registrants.map((r) => {
      const id = r.id ?? `seed${String(s.id).slice(-4)}${r.email.replace(/[^a-z0-9]/gi, '').slice(0, 12)}`;
      return {
        id,
        email: r.email,
        first_name: r.first_name,
        last_name: r.last_name,
        status: r.status,
        create_time: at(r.created_offset_minutes),
        join_url: links.registrantJoin(session, id),
        occurrence_ids: session.occurrences.map((o) => o.occurrence_id),
        profile: {},
      };
    });
    return session;
  };

  const meetings = input.meetings.map((m) => toSession('meeting', m));
  const summaries: Summary[] = input.summaries.map((s) => {
    const start = now + s.meeting_start_offset_minutes * MINUTE;
    const end = start + s.meeting_duration_minutes * MINUTE;
    const meeting = meetings.find((m) => m.id === s.meeting_id);
    return {
      meeting_id: s.meeting_id,
      meeting_uuid: s.meeting_uuid ?? meeting?.uuid ?? sessionUuid(),
      meeting_topic: s.meeting_topic,
      meeting_host_id: user.id,
      meeting_host_email: user.email,
      meeting_start_time: zoomTime(start),
      meeting_end_time: zoomTime(end),
      summary_start_time: zoomTime(start),
      summary_end_time: zoomTime(end),
      summary_created_time: zoomTime(end + 5 * MINUTE),
      summary_last_modified_time: zoomTime(end + 5 * MINUTE),
      summary_title: s.summary_title,
      summary_content: s.summary_content,
      summary_overview: s.summary_overview,
      next_steps: s.next_steps,
    };
  });

  return {
    user,
    meetings,
    webinars: input.webinars.map((w) => toSession('webinar', w)),
    summaries,
  };
}
