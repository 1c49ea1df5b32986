import { z } from 'zod';
import { CalendarEventSchema } from '../calendar/types';

// Messages behind the calendar button. Content scripts may send these: they carry the event as the
// page shows it and get back the meeting's public details — never a token.

export const ProviderSchema = z.enum(['zoom', 'webex']);

/**
 * What an event is linked to. Zoom meeting ids are up to 11+ digits, Webex's 32 hex characters:
 * kept as strings, letters, digits and `_` only (they go into paths and storage keys).
 */
export const MeetingIdSchema = z.string().regex(/^\w+$/);
export const MeetingLinkSchema = z.object({
  provider: ProviderSchema,
  meetingId: MeetingIdSchema,
  joinUrl: z.url(),
  topic: z.string(),
  /** Registration required: the button then offers the registrants panel. */
  registration: z.boolean(),
});
export type MeetingLink = z.infer<typeof MeetingLinkSchema>;

const EventRequest = z.object({ event: CalendarEventSchema }).strict();

export const meetingMessages = {
  /** Create a meeting from the event and link them. `invitation`: Zoom's text, for the description. */
  'meeting.attach': {
    request: EventRequest,
    response: z.object({ link: MeetingLinkSchema, invitation: z.string() }),
    contentScript: true,
  },
  /** The meeting this event is linked to: by the event's id, else by the join link in its location. */
  'meeting.linkFor': {
    request: EventRequest,
    response: z.object({ link: MeetingLinkSchema.nullable() }),
    contentScript: true,
  },
  /**
   * After the person saves a linked event: update the meeting when title, time, duration, zone or
   * recurrence changed. `invitation` is the new text when it changed (the times in it), else null.
   */
  'meeting.sync': {
    request: EventRequest,
    response: z.object({
      link: MeetingLinkSchema.nullable(),
      updated: z.boolean(),
      invitation: z.string().nullable(),
    }),
    contentScript: true,
  },
  /** Delete the meeting at its provider and forget the link ("Remove", or the event was deleted). */
  'meeting.remove': {
    request: z.object({ meetingId: MeetingIdSchema }).strict(),
    response: z.object({ removed: z.literal(true) }),
    contentScript: true,
  },
  /** Sign in from the calendar button; the sign-in window opens from the background. */
  'auth.signInFromPage': {
    request: z.object({}).strict(),
    response: z.object({ connected: z.boolean() }),
    contentScript: true,
  },
} as const;
