import { contentT } from './content-t';
import type { EventField, FieldProbe, Guest, PageEvent, Site } from '../protocol/calendar-event';

export type { EventField, FieldProbe } from '../protocol/calendar-event';

export type EditorKind = 'quick-add' | 'full';

/** One open event editor on the page. `element` is the editor's root; the button goes after `anchor`. */
export interface EditorHandle {
  site: Site;
  kind: EditorKind;
  element: HTMLElement;
  anchor: Element;
}

/** The editor's own commands the extension follows: a save may move the meeting, a delete end it. */
export type EditorAction = 'save' | 'delete';

export type EditorChange = {
  type: 'open' | 'change' | 'close';
  editor: EditorHandle;
};

/**
 * What the editor shows, as far as it could be read with confidence. Times are wall clock,
 * "YYYY-MM-DDTHH:MM:SS" (an all-day event: its first day at 00:00:00, end the day after its last).
 * A field listed in `missing` is absent or a best guess (a prefill for the confirm form only).
 */
export interface EventDraft {
  site: Site;
  id?: string;
  title?: string;
  start?: string;
  end?: string;
  allDay?: boolean;
  /** IANA zone: the event's own when the page shows one, else the calendar's (the browser's). */
  timeZone?: string;
  /** Where the zone came from: shown by the page for this event, or the calendar's default. */
  timeZoneSource?: 'event' | 'calendar';
  /** The page's RFC 5545 rule; absent means "does not repeat" unless 'recurrence' is missing. */
  recurrence?: { rule: string };
  guests: Guest[];
  /** Plain text of the description, lines joined by "\n" (for comparison and the agenda). */
  description: string;
  location: string;
}

export interface EventReading {
  draft: EventDraft;
  /** Fields the meeting needs that no hook could read with confidence: the confirm form asks. */
  missing: EventField[];
  /** Which hook read each field (or which were tried): structure only, never the event's text. */
  probes: FieldProbe[];
}

export interface CalendarAdapter {
  site: Site;
  /** The editors open and shown right now (hidden-not-removed panels are left out). */
  findEditors(root: Document): EditorHandle[];
  /** Everything the editor shows, each field through its chain; never throws for a missing field. */
  read(editor: EditorHandle): EventReading;
  /** The event as the editor shows it; throws CalendarFieldError for a missing or garbled field. */
  readEvent(editor: EditorHandle): PageEvent;
  /** Replace the field's text the way typing would, so the page's own model saves it. */
  writeLocation(editor: EditorHandle, text: string): void;
  /**
   * The description's rich-text editor (contenteditable), edited in place: the invitation block is
   * appended at the end and removed node by node, so the person's links and formatting stay.
   */
  descriptionBox(editor: EditorHandle): HTMLElement | null;
  writeDescription(editor: EditorHandle, text: string): void;
  /**
   * The page's event id when `target` (a clicked node) is the Delete of the event popover/peek that
   * opens from the grid (no editor open), else null. Optional: a site without such a control.
   */
  peekDelete?(target: Element): string | null;
  /** Which of the editor's own Save / Delete controls `target` (a clicked node) is part of, if any. */
  editorAction(editor: EditorHandle, target: Element): EditorAction | null;
  /** Reports editors opening, changing and closing until `signal` aborts. */
  watch(root: Document, signal: AbortSignal, onChange: (change: EditorChange) => void): void;
}

/**
 * A field the adapter could not read or write. The message is a sentence for a person; `field` is
 * for logs. Raised instead of guessing, so nothing is created from a half-read event.
 */
export class CalendarFieldError extends Error {
  override readonly name = 'CalendarFieldError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

// `field` ("fieldStartDate") and `problem` ("problemNotADate", with `values` for its placeholders)
// are _locales keys: a key costs the content script less than its English sentence, and a person
// on a German page reads German.
const sentence = (key: string, field: string, problem: string, values?: string[]) =>
  new CalendarFieldError(field, contentT(key, [contentT(field), contentT(problem, values)]));

export const fieldError = (field: string, problem: string, ...values: string[]): CalendarFieldError =>
  sentence('errorReadField', field, problem, values);

export const writeError = (field: string, problem: string): CalendarFieldError =>
  sentence('errorWriteField', field, problem);

/** The sentence in anything thrown, for showing in place (never "undefined"). */
export const messageOf = (error: unknown): string =>
  (error instanceof Error && error.message) || String(error);
