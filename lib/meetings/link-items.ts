import { z } from 'zod';
import { MeetingIdSchema, MeetingLinkSchema } from '../protocol/meetings';
import { defineValidatedItem } from '../storage-item';
import { salvageRecords } from '../storage-salvage';

// Calendar events linked to meetings (lib/meetings). Entries are kept by meeting id, since an
// event gets its page id only after it is first saved; `events` maps `${site}:${eventId}` to the
// meeting. `synced` is what the provider was last told, so a sync sends only what changed since.

export const EventLinkEntrySchema = z.object({
  link: MeetingLinkSchema,
  /**
   * What the provider was last told, in its own shape (lib/providers/<key>/synced-schedule.ts); the
   * provider reads it back with its own schema. Any JSON object here, so every provider fits.
   */
  synced: z.record(z.string(), z.json()),
  linkedAt: z.number(),
});
export type EventLinkEntry = z.infer<typeof EventLinkEntrySchema>;

export const EventLinksSchema = z.object({
  meetings: z.record(MeetingIdSchema, EventLinkEntrySchema),
  events: z.record(z.string().min(1), MeetingIdSchema),
});
export type EventLinks = z.infer<typeof EventLinksSchema>;

export const eventLinksItem = defineValidatedItem('local:eventLinks', EventLinksSchema, {
  fallback: { meetings: {}, events: {} },
  version: 1,
  // One malformed link costs that link (kept aside), not the other events' links.
  salvage: salvageRecords<EventLinks>({
    meetings: { key: MeetingIdSchema, value: EventLinkEntrySchema },
    events: { key: z.string().min(1), value: MeetingIdSchema },
  }),
});
