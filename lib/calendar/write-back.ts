import type { CalendarAdapter, EditorHandle } from './adapter';
import { findInvitationBlock, removeInvitationBlock, upsertInvitationBlock } from './invitation-block';

// What the meeting changes in the event, always through the adapter's writes (the page's own input
// model), and computed in full before the first write: a damaged block or an unreadable field
// throws while the event is still untouched.

/** The join link into the location, the invitation into the marked block; all or nothing. */
export function writeMeetingIntoEvent(
  adapter: CalendarAdapter,
  editor: EditorHandle,
  joinUrl: string,
  invitation: string,
): void {
  // Read now, not at the click: the person may have typed while the meeting was being made.
  const current = adapter.readEvent(editor);
  const description = upsertInvitationBlock(current.description, invitation);
  adapter.writeLocation(editor, joinUrl);
  try {
    adapter.writeDescription(editor, description);
  } catch (error) {
    try {
      adapter.writeLocation(editor, current.location);
    } catch {
      // The description's error is the one to tell; the location still shows the link.
    }
    throw error;
  }
}

/**
 * Prepares taking the meeting out of the event: the block stripped and the location cleared when
 * it is the join link (a location the person typed stays). Returns the writes to run once the
 * meeting is gone, so nothing is changed if the removal fails.
 */
export function planMeetingRemoval(
  adapter: CalendarAdapter,
  editor: EditorHandle,
  joinUrl: string,
): () => void {
  const current = adapter.readEvent(editor);
  const description = removeInvitationBlock(current.description);
  const clearLocation = current.location.trim() === joinUrl;
  return () => {
    if (clearLocation) adapter.writeLocation(editor, '');
    if (description !== current.description) adapter.writeDescription(editor, description);
  };
}

/**
 * Replaces the invitation in an existing block (after the meeting moved). Returns false when the
 * event has no block: the person took it out, and it is not put back behind their back.
 */
export function refreshInvitation(
  adapter: CalendarAdapter,
  editor: EditorHandle,
  invitation: string,
): boolean {
  const { description } = adapter.readEvent(editor);
  const block = findInvitationBlock(description);
  if (!block) return false;
  const next = upsertInvitationBlock(description, invitation);
  if (next !== description) adapter.writeDescription(editor, next);
  return true;
}
