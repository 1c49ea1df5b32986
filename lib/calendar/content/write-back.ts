import type { CalendarAdapter, EditorHandle } from '../adapter';
import { readEditor } from './read-editor';
import { plainText } from '../dom/nodes';
import { hasBlock, removeBlock, upsertBlock } from '../dom/rich-text-block';
import {
  blockText,
  findInvitationBlock,
  removeInvitationBlock,
  upsertInvitationBlock,
} from '../dom/invitation-block';

// What the meeting changes in the event. The description is edited in place in its rich-text box
// (lib/calendar/dom/rich-text-block.ts), so the person's formatting stays; `writeDescription` (the whole text
// retyped) is only the fallback for an editor whose box the adapter cannot name. Everything that
// can refuse (a damaged block, markers in the invitation) is checked before the first write.

/**
 * The description's box, the event as read, and whether the description may be retyped whole (no
 * box): only when it was read, so a description nobody could read is never written over.
 */
function prepare(adapter: CalendarAdapter, editor: EditorHandle) {
  const box = adapter.descriptionBox(editor);
  const { draft, missing } = readEditor(adapter, editor);
  return { box, draft, retype: !box && !missing.includes('description') };
}

/** The join link into the location, the invitation into the marked block; all or nothing. */
export function writeMeetingIntoEvent(
  adapter: CalendarAdapter,
  editor: EditorHandle,
  joinUrl: string,
  invitation: string,
): void {
  // Read now, not at the click: the person may have typed while the meeting was being made.
  const { box, draft, retype } = prepare(adapter, editor);
  // Refusals first, while the event is untouched: markers in the invitation, a damaged block.
  blockText(invitation);
  if (box) hasBlock(box);
  const text = retype ? upsertInvitationBlock(draft.description, invitation) : '';
  adapter.writeLocation(editor, joinUrl);
  try {
    if (box) upsertBlock(box, invitation);
    else if (retype) adapter.writeDescription(editor, text);
  } catch (error) {
    try {
      adapter.writeLocation(editor, draft.location);
    } catch {
      // The description's error is the one to tell; the location still shows the link.
    }
    throw error;
  }
}

/**
 * Prepares taking the meeting out of the event: the block removed and the location cleared when
 * it is the join link (a location the person typed stays). Returns the writes to run once the
 * meeting is gone, so nothing is changed if the removal fails.
 */
export function planMeetingRemoval(
  adapter: CalendarAdapter,
  editor: EditorHandle,
  joinUrl: string,
): () => void {
  const { box, draft, retype } = prepare(adapter, editor);
  const inBox = box !== null && hasBlock(box);
  const stripped = retype ? removeInvitationBlock(draft.description) : draft.description;
  return () => {
    if (draft.location.trim() === joinUrl) adapter.writeLocation(editor, '');
    if (inBox) removeBlock(box);
    else if (stripped !== draft.description) adapter.writeDescription(editor, stripped);
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
  const { box, draft, retype } = prepare(adapter, editor);
  if (box) {
    if (!hasBlock(box)) return false;
    if (findInvitationBlock(plainText(box))!.body !== findInvitationBlock(blockText(invitation))!.body)
      upsertBlock(box, invitation);
    return true;
  }
  if (!retype || !findInvitationBlock(draft.description)) return false;
  const next = upsertInvitationBlock(draft.description, invitation);
  if (next !== draft.description) adapter.writeDescription(editor, next);
  return true;
}
