import { z } from 'zod';
import { SummaryListSchema, SummarySchema } from './meeting-summary';
import { ProviderSchema } from './meetings';

// Messages behind the toolbar popup and the small windows the context menus open. Extension pages
// only: start links and stream keys are the host's secrets and never go to a content script.

const MeetingId = z.string().regex(/^\d+$/);
/**
 * Any provider's meeting id: word characters only, since ids go into paths and storage keys (Zoom's
 * are digits, Webex's 32 hex characters with `_` for an occurrence). Each provider's client checks
 * its own form.
 */
const ProviderMeetingId = z.string().regex(/^\w{1,64}$/);
export const EventKindSchema = z.enum(['meeting', 'webinar']);
export type EventKind = z.infer<typeof EventKindSchema>;
export type Provider = z.infer<typeof ProviderSchema>;
const EventRef = z.object({ id: MeetingId, kind: EventKindSchema }).strict();

/** A meeting at a provider; `provider` may be left out for Zoom (older pages name none), and a Zoom id is digits. */
export const ProviderMeetingRef = z
  .object({ provider: ProviderSchema.optional(), id: ProviderMeetingId })
  .strict()
  .refine((ref) => (ref.provider ?? 'zoom') !== 'zoom' || /^\d+$/.test(ref.id), {
    message: 'A Zoom meeting id is digits only.',
  });
const ProviderEventRef = z
  .object({ provider: ProviderSchema.optional(), id: ProviderMeetingId, kind: EventKindSchema })
  .strict()
  .refine((ref) => (ref.provider ?? 'zoom') !== 'zoom' || /^\d+$/.test(ref.id), {
    message: 'A Zoom meeting id is digits only.',
  });

const UpcomingFields = {
  topic: z.string(),
  /** ISO instant; absent for recurring meetings without a fixed time. */
  startTime: z.string().optional(),
  durationMinutes: z.number().optional(),
  timezone: z.string().optional(),
  joinUrl: z.string(),
};

/**
 * One row of "Upcoming", of any provider. No start URL or password: they are fetched on click, so
 * they never sit in storage.
 */
export const UpcomingItemSchema = z.object({
  provider: ProviderSchema,
  id: ProviderMeetingId,
  kind: EventKindSchema,
  ...UpcomingFields,
});
export type UpcomingItem = z.infer<typeof UpcomingItemSchema>;
export type ZoomUpcomingItem = UpcomingItem & { provider: 'zoom' };

/** One account's list as cached in storage. */
export const UpcomingCacheSchema = z.object({
  /** Whose meetings: a cache from another account is never shown. */
  userId: z.string(),
  fetchedAt: z.number(),
  items: z.array(UpcomingItemSchema),
});
export type UpcomingCache = z.infer<typeof UpcomingCacheSchema>;

/** An account that is connected but could not be read this time (offline, session ended). */
export const UpcomingProblemSchema = z.object({
  provider: ProviderSchema,
  code: z.string(),
  message: z.string(),
});
export type UpcomingProblem = z.infer<typeof UpcomingProblemSchema>;

/** Every connected account's upcoming events, merged soonest first. */
export const UpcomingSchema = z.object({
  fetchedAt: z.number(),
  items: z.array(UpcomingItemSchema),
  /** The failed accounts; their last cached rows (same account only) stay in `items`. */
  problems: z.array(UpcomingProblemSchema),
});
export type Upcoming = z.infer<typeof UpcomingSchema>;

export const RegistrantCountsSchema = z.discriminatedUnion('enabled', [
  z.object({ enabled: z.literal(false) }),
  z.object({ enabled: z.literal(true), approved: z.number().int(), pending: z.number().int() }),
]);
export type RegistrantCounts = z.infer<typeof RegistrantCountsSchema>;

export const RESOLUTIONS = ['720p', '1080p'] as const;
const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * Zoom's reference (docs/api/zoom-meetings-api-reference.txt) asks for a URL; streaming servers are
 * RTMP(S) as often as HTTP(S).
 */
export const LivestreamEditSchema = z.strictObject({
  stream_url: z.url({ protocol: /^(rtmps?|https?)$/ }).max(1024),
  stream_key: z.string().trim().min(1).max(512),
  page_url: httpUrl.max(1024),
  resolution: z.enum(RESOLUTIONS),
});
export type LivestreamEdit = z.infer<typeof LivestreamEditSchema>;

export const LivestreamViewSchema = z.object({
  stream_url: z.string(),
  stream_key: z.string(),
  page_url: z.string(),
  resolution: z.string(),
  /** Zoom's meeting status: a stream starts only while the meeting runs. */
  meetingStatus: z.string(),
  /** What this browser last did: Zoom's API does not report whether a stream is on. */
  lastAction: z.object({ action: z.enum(['start', 'stop']), at: z.number() }).nullable(),
});
export type LivestreamView = z.infer<typeof LivestreamViewSchema>;

export const LivestreamStartSettingsSchema = z.strictObject({
  layout: z.enum(['follow_host', 'gallery_view', 'speaker_view']),
  display_name: z.string().trim().max(50),
  active_speaker_name: z.boolean(),
  close_caption: z.enum(['burnt-in', 'embedded', 'off']),
});
export type LivestreamStartSettings = z.infer<typeof LivestreamStartSettingsSchema>;

/** Instants; the view turns the person's calendar days into them, in their own time zone. */
const Instant = z.iso.datetime();

export const ScheduleRequestSchema = z.strictObject({
  topic: z.string().trim().min(1).max(200),
  /** Wall-clock time in `timezone`, as an `<input type="datetime-local">` gives it. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  duration: z.number().int().min(1).max(1440),
  timezone: z.string().min(1),
});
export type ScheduleRequest = z.infer<typeof ScheduleRequestSchema>;

const Empty = z.object({}).strict();

export const popupMessages = {
  'upcoming.list': { request: Empty, response: UpcomingSchema, contentScript: false },
  /**
   * Opens the host's start link in a tab. The background reads it from Zoom and opens it itself,
   * so the link never reaches a page, a cache or a log.
   */
  'meeting.start': {
    request: EventRef,
    response: z.object({ opened: z.literal(true) }),
    contentScript: false,
  },
  /** Zoom's invitation text, or one composed from the Webex meeting (Webex has no such endpoint). */
  'meeting.invitation': {
    request: ProviderMeetingRef,
    response: z.object({ invitation: z.string() }),
    contentScript: false,
  },
  'registrants.counts': {
    request: ProviderEventRef,
    response: RegistrantCountsSchema,
    contentScript: false,
  },
  'livestream.get': {
    request: z.object({ id: MeetingId }).strict(),
    response: LivestreamViewSchema,
    contentScript: false,
  },
  'livestream.update': {
    request: z.object({ id: MeetingId, settings: LivestreamEditSchema }).strict(),
    response: LivestreamViewSchema,
    contentScript: false,
  },
  'livestream.setStatus': {
    request: z
      .object({
        id: MeetingId,
        action: z.enum(['start', 'stop']),
        settings: LivestreamStartSettingsSchema.optional(),
      })
      .strict(),
    response: LivestreamViewSchema,
    contentScript: false,
  },
  'summaries.list': {
    request: z.object({ from: Instant, to: Instant, nextPageToken: z.string().optional() }).strict(),
    response: SummaryListSchema,
    contentScript: false,
  },
  'summaries.get': {
    request: z.object({ uuid: z.string().min(1) }).strict(),
    response: SummarySchema,
    contentScript: false,
  },
  'meeting.schedule': {
    request: ScheduleRequestSchema,
    response: z.object({ item: UpcomingItemSchema, invitation: z.string() }),
    contentScript: false,
  },
} as const;
