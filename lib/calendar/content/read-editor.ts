import {
  type CalendarAdapter,
  type EditorHandle,
  type EventDraft,
  type EventField,
  type EventReading,
} from '../adapter';
import type { PageEvent } from '../../protocol/calendar-event';

// The editor as the button reads it: every field through its hook chain (the adapter's `read`), the
// unreadable ones listed in `missing`. Never a dead end: what is missing goes to the confirm form,
// not into a refusal.

/** What the meeting is made from; the confirm form asks for those that could not be read. */
const NEEDED: readonly EventField[] = ['title', 'start', 'end', 'allDay', 'timeZone', 'recurrence'];

export const readEditor = (adapter: CalendarAdapter, editor: EditorHandle): EventReading =>
  adapter.read(editor);

/** The needed fields the person must confirm (empty: the event can go as read). */
export const toConfirm = (reading: EventReading): EventField[] =>
  reading.missing.filter((field) => NEEDED.includes(field));

/** The event as read, for a reading with nothing to confirm. */
export function eventOf({ timeZoneSource: _, ...draft }: EventDraft): PageEvent {
  return {
    ...draft,
    title: draft.title ?? '',
    start: draft.start!,
    end: draft.end!,
    allDay: draft.allDay === true,
    timeZone: draft.timeZone!,
  };
}

/** The event when the editor reads complete, else null (the confirm form's case). */
export function completeEvent(adapter: CalendarAdapter, editor: EditorHandle): PageEvent | null {
  try {
    const reading = readEditor(adapter, editor);
    return toConfirm(reading).length ? null : eventOf(reading.draft);
  } catch {
    return null;
  }
}
