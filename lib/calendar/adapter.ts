import { contentT } from './content-t';
import type { PageEvent, Site } from './types';

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

export interface CalendarAdapter {
  site: Site;
  /** The editors open and shown right now (hidden-not-removed panels are left out). */
  findEditors(root: Document): EditorHandle[];
  /** The event as the editor shows it; throws CalendarFieldError for a missing or garbled field. */
  readEvent(editor: EditorHandle): PageEvent;
  /** Replace the field's text the way typing would, so the page's own model saves it. */
  writeLocation(editor: EditorHandle, text: string): void;
  writeDescription(editor: EditorHandle, text: string): void;
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
