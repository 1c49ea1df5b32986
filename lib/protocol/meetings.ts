import { z } from 'zod';
import { PROVIDER_KEYS } from '../brands/brands';
import { SITES } from './event-rules';
import { GuestSchema, PageEventSchema } from './calendar-event';

// Messages behind the calendar button. Content scripts may send these: they carry the event as the
// page shows it and get back the meeting's public details — never a token.

/** A registered provider's key (lib/brands/brands.ts). */
export const ProviderSchema = z.enum(PROVIDER_KEYS);
export type Provider = z.infer<typeof ProviderSchema>;

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

/** The event as the page shows it; its repeat rule is read in the background (page-event.ts). */
const EventRequest = z.object({ event: PageEventSchema }).strict();

/**
 * Which event a request is about, as little of it as finds its link: its page, its id when it has
 * one, its location (where a new event's join link is). The background checks site and id against
 * the sending tab's address (lib/background/sender-event.ts) and acts only on the meeting linked to
 * this event, never on a meeting named by id.
 */
export const EventRefSchema = z
  .object({
    site: z.enum(SITES),
    id: z.string().min(1).optional(),
    location: z.string().max(8192).default(''),
  })
  .strict();

/** A registrants-panel ticket: 128 random bits in hex, as lib/meetings/panel-tickets.ts issues them. */
export const TicketIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const meetingMessages = {
  /** Which provider the button offers first, and which accounts are connected (the others too). */
  'meeting.providers': {
    request: z.object({}).strict(),
    response: z.object({ defaultProvider: ProviderSchema, connected: z.array(ProviderSchema) }),
    contentScript: true,
  },
  /**
   * Create a meeting from the event and link them. `provider`: the one the person clicked, else the
   * default; an event linked already keeps its meeting. `invitation`: for the description.
   */
  'meeting.attach': {
    request: z.object({ event: PageEventSchema, provider: ProviderSchema.optional() }).strict(),
    response: z.object({ link: MeetingLinkSchema, invitation: z.string() }),
    contentScript: true,
  },
  /**
   * The meeting this event is linked to: by the event's id, or a new event's meeting attached from
   * this tab. A stored meeting whose join link is only in the location (a Zoom link by its meeting
   * id, any link this extension wrote by the link itself) comes back as `candidate`, linked only
   * when the person confirms and the request is sent again with `adopt: true`.
   */
  'meeting.linkFor': {
    request: z.object({ event: PageEventSchema, adopt: z.literal(true).optional() }).strict(),
    response: z.object({ link: MeetingLinkSchema.nullable(), candidate: MeetingLinkSchema.optional() }),
    contentScript: true,
  },
  /**
   * Whether the event the grid's popover shows (its site and id, no more) is linked, and to what:
   * asked when the person presses the popover's Delete, to offer deleting the meeting too.
   */
  'meeting.linkedTo': {
    request: z.object({ event: z.object({ site: z.enum(SITES), id: z.string().min(1) }).strict() }).strict(),
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
  /**
   * Delete the meeting linked to this event at its provider and forget the link ("Remove", or the
   * event was deleted).
   */
  'meeting.remove': {
    request: z.object({ event: EventRefSchema }).strict(),
    response: z.object({ removed: z.literal(true) }),
    contentScript: true,
  },
  /**
   * A one-time ticket for the registrants panel (lib/protocol/panel.ts): the meeting linked to this
   * event and its guests as the page shows them, for the panel framed in this tab to redeem.
   */
  'panel.ticket': {
    request: z.object({ event: EventRefSchema, guests: z.array(GuestSchema).max(5000) }).strict(),
    response: z.object({ ticket: TicketIdSchema }),
    contentScript: true,
  },
  /**
   * Sign in from the calendar button, to `provider` (the one it named), else to the default one;
   * the sign-in window opens from the background.
   */
  'auth.signInFromPage': {
    request: z.object({ provider: ProviderSchema.optional() }).strict(),
    response: z.object({ connected: z.boolean() }),
    contentScript: true,
  },
} as const;
