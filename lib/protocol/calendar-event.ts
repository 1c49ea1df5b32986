import { z } from 'zod';
import {
  EMAIL,
  FREQUENCIES,
  isTimeZone,
  LOCAL_DATE,
  LOCAL_DATE_TIME,
  MAX_COUNT,
  MAX_INTERVAL,
  SITES,
  WEEKDAYS,
} from './event-rules';

// The event as the calendar page shows it, before any provider sees it. Times are wall-clock in the
// event's own zone (no offset) so a later event-to-meeting can hand Zoom `start_time` + `timezone`
// unchanged and compute the duration across a daylight-saving change with the zone.
// Content scripts must only `import type` from here: zod is too big for them (see event-rules.ts).
// They build a PageEvent; the background turns it into a CalendarEvent (lib/meetings/page-event.ts).

export const WeekdaySchema = z.enum(WEEKDAYS);

export const RecurrenceEndSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('never') }),
  /** Last day on which an occurrence may start, in the event's zone. */
  z.object({ type: z.literal('until'), until: z.string().regex(LOCAL_DATE) }),
  z.object({
    type: z.literal('count'),
    count: z.number().int().min(1).max(MAX_COUNT),
  }),
]);

export const MonthlyRuleSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('day'), day: z.number().int().min(1).max(31) }),
  /** `week` 1..5, or -1 for "last". Zoom takes -1 and 1..4; the 5th is for the caller to refuse. */
  z.object({
    by: z.literal('weekday'),
    week: z.union([z.literal(-1), z.number().int().min(1).max(5)]),
    weekDay: WeekdaySchema,
  }),
]);

export const RecurrenceSchema = z
  .object({
    /** `yearly` is read so the event is still usable; Zoom cannot express it, the caller says so. */
    frequency: z.enum(FREQUENCIES),
    interval: z.number().int().min(1).max(MAX_INTERVAL),
    byWeekDays: z.array(WeekdaySchema).min(1).optional(),
    monthly: MonthlyRuleSchema.optional(),
    end: RecurrenceEndSchema,
    /** The page's own rule text (RRULE), kept for messages and logs. */
    rule: z.string().min(1),
  })
  .refine(
    (r) => r.frequency === 'weekly' || r.byWeekDays === undefined,
    'byWeekDays is only for weekly rules',
  )
  .refine((r) => r.frequency === 'monthly' || r.monthly === undefined, 'monthly is only for monthly rules');

export const GuestSchema = z.object({
  email: z.string().regex(EMAIL),
  name: z.string().min(1).optional(),
});

const eventFields = {
  site: z.enum(SITES),
  /** The page's own event id when the event exists already (new events have none). */
  id: z.string().min(1).optional(),
  title: z.string(),
  start: z.string().regex(LOCAL_DATE_TIME),
  end: z.string().regex(LOCAL_DATE_TIME),
  timeZone: z.string().refine(isTimeZone, 'not a known IANA time zone'),
  allDay: z.boolean(),
  guests: z.array(GuestSchema),
  /** Plain text, lines separated by "\n". */
  description: z.string(),
  location: z.string(),
};
const endsAfterStart = (e: { start: string; end: string }) => e.end >= e.start;
const endsBeforeStart = { message: 'the event ends before it starts', path: ['end'] };

/**
 * The event as a content script sends it: the repeat rule is the page's own RFC 5545 text, read
 * in the background (lib/meetings/page-event.ts), so the parser stays out of the 25 kB content scripts.
 */
export const PageEventSchema = z
  .object({ ...eventFields, recurrence: z.object({ rule: z.string().min(1).max(2000) }).optional() })
  .refine(endsAfterStart, endsBeforeStart);

/** The event the background works with, its repetition read. */
export const CalendarEventSchema = z
  .object({ ...eventFields, recurrence: RecurrenceSchema.optional() })
  .refine(endsAfterStart, endsBeforeStart);

export type Weekday = z.infer<typeof WeekdaySchema>;
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type MonthlyRule = z.infer<typeof MonthlyRuleSchema>;
export type RecurrenceEnd = z.infer<typeof RecurrenceEndSchema>;
export type Guest = z.infer<typeof GuestSchema>;
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;
export type PageEvent = z.infer<typeof PageEventSchema>;
export type Site = CalendarEvent['site'];

/**
 * A calendar site as it declares itself (sites/<key>/site.ts): data only, no DOM, so the build
 * config, the background and the menus read it as well as the content scripts.
 */
export interface CalendarSite {
  key: Site;
  /** The site's name as a person knows it (the options page's check names pages by it). */
  name: string;
  /** Where its content script runs: exact-host https match patterns, `https://<host>/*`. */
  matches: readonly string[];
}

/** A field of the event, as the confirm form and the diagnostics name it. */
export type EventField =
  | 'title'
  | 'start'
  | 'end'
  | 'allDay'
  | 'timeZone'
  | 'recurrence'
  | 'guests'
  | 'location'
  | 'description'
  | 'id';

/** How one field was read: the hook that found it, or null with the hooks that were tried. */
export interface FieldProbe {
  field: EventField;
  hook: string | null;
  tried: readonly string[];
}
