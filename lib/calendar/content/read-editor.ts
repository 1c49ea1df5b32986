import {
  type CalendarAdapter,
  CalendarFieldError,
  type EditorHandle,
  type EventDraft,
  type EventReading,
} from '../adapter';
import type { EventField } from '../dom/hook-chain';
import type { PageEvent } from '../types';

// The editor as the button reads it: through the adapter's `read` (every field through its hook
// chain, the unreadable ones listed in `missing`), or, for an adapter that only has `readEvent`, the
// complete event or the fields its error names. Never a dead end: what is missing goes to the
// confirm form, not into a refusal.

/** What the meeting is made from; the confirm form asks for those that could not be read. */
const NEEDED: readonly EventField[] = ['title', 'start', 'end', 'allDay', 'timeZone', 'recurrence'];

/** The fields a readEvent error ('fieldStartTime', a _locales key) stands for. */
const NAMED: Record<string, EventField[]> = {
  fieldTitle: ['title'],
  fieldStartDate: ['start', 'end'],
  fieldStartTime: ['start', 'end'],
  fieldStartAndEnd: ['start', 'end'],
  fieldEndDate: ['end'],
  fieldEndTime: ['end'],
  fieldTimeZone: ['timeZone'],
};

export function readEditor(adapter: CalendarAdapter, editor: EditorHandle): EventReading {
  if (adapter.read) return adapter.read(editor);
  try {
    return { draft: adapter.readEvent(editor), missing: [], probes: [] };
  } catch (error) {
    const missing = error instanceof CalendarFieldError && NAMED[error.field];
    if (!missing) throw error;
    // The description and location are unknown too: nothing may be written over them (write-back.ts).
    return {
      draft: { site: editor.site, guests: [], description: '', location: '' },
      missing: [...missing, 'description', 'location'],
      probes: [],
    };
  }
}

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
