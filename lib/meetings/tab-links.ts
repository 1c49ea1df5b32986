import { z } from 'zod';
import { MeetingIdSchema } from '../protocol/meetings';
import { defineValidatedItem, type ValidatedItem } from '../storage-item';

/**
 * Meetings attached to events that had no id yet (quick-add, a new event in the full editor), by
 * the tab that attached them: such an event is found by the join link in its location, and a link
 * there is trusted only from the tab that wrote it (link-store.ts). In `session:` storage: a
 * restarted worker keeps it, a restarted browser (new tab ids) does not, and content scripts
 * cannot read it.
 */
export const TabLinksSchema = z.record(
  z.string().regex(/^\d+$/),
  z.object({ meetingIds: z.array(MeetingIdSchema).max(50), at: z.number() }),
);
export type TabLinks = z.infer<typeof TabLinksSchema>;

export const tabLinksItem: ValidatedItem<TabLinks> = defineValidatedItem('session:tabLinks', TabLinksSchema, {
  fallback: {},
});

/** A tab untouched this long is closed or forgotten: its entry goes on the next write. */
export const TAB_LINK_TTL_MS = 24 * 60 * 60 * 1000;
/** The newest this many meetings per tab are kept (one tab creating events all day). */
export const TAB_LINK_MAX = 50;
