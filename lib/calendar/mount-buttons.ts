import type { CalendarAdapter, EditorChange, EditorHandle } from './adapter';
import { type ButtonState, type ButtonView, createButtonView, type Translate } from './button-view';
import type { CalendarEvent } from './types';

export type { ButtonState, Translate } from './button-view';

export interface MountOptions {
  adapter: CalendarAdapter;
  document: Document;
  /** Aborting removes every button and stops watching (wire it to the content-script context). */
  signal: AbortSignal;
  t: Translate;
  /** "Add Zoom meeting" with the event as read at the click. The button shows "adding" meanwhile; a
   * rejection shows its message. Success is for the caller to show with setButtonState(attached). */
  onAdd(editor: EditorHandle, event: CalendarEvent): void | Promise<void>;
  onRemove?(editor: EditorHandle, meetingId: string): void | Promise<void>;
  onOpenRegistrants?(editor: EditorHandle, meetingId: string): void;
  onSignIn?(editor: EditorHandle): void;
  /** Every editor open/change/close, after the button is placed: e.g. to show "attached" on reopen. */
  onEditorChange?(change: EditorChange): void;
}

export interface CalendarButtons {
  setButtonState(editor: EditorHandle, state: ButtonState): void;
  getButtonState(editor: EditorHandle): ButtonState | undefined;
}

const message = (error: unknown): string => (error instanceof Error && error.message) || String(error);

/** Puts a Zoom button next to the location field of every open event editor, until `signal` aborts. */
export function mountCalendarButtons(options: MountOptions): CalendarButtons {
  const { adapter, document: doc, signal, t } = options;
  const views = new Map<HTMLElement, { view: ButtonView; editor: EditorHandle }>();

  const settle = (view: ButtonView, work: () => void | Promise<void>, after?: ButtonState) => {
    Promise.resolve()
      .then(work)
      .then(
        () => after && view.render(after),
        (error: unknown) => view.render({ kind: 'error', reason: message(error) }),
      );
  };

  const open = (editor: EditorHandle) => {
    const entry = { editor, view: undefined as unknown as ButtonView };
    entry.view = createButtonView(doc, t, {
      add() {
        let event: CalendarEvent;
        try {
          event = adapter.readEvent(entry.editor);
        } catch (error) {
          entry.view.render({ kind: 'error', reason: message(error) });
          return;
        }
        entry.view.render({ kind: 'adding' });
        settle(entry.view, () => options.onAdd(entry.editor, event));
      },
      copyLink: (url) =>
        doc.defaultView?.navigator.clipboard.writeText(url) ?? Promise.reject(new Error('no clipboard')),
      registrants: (id) => options.onOpenRegistrants?.(entry.editor, id),
      remove() {
        const state = entry.view.state;
        if (state.kind !== 'attached' || !options.onRemove) return;
        entry.view.render({ kind: 'adding' });
        const remove = options.onRemove;
        settle(entry.view, () => remove(entry.editor, state.meetingId), {
          kind: 'idle',
        });
      },
      signIn: () => options.onSignIn?.(entry.editor),
    });
    editor.anchor.after(entry.view.host);
    views.set(editor.element, entry);
  };

  adapter.watch(doc, signal, (change) => {
    const entry = views.get(change.editor.element);
    if (change.type === 'open' && !entry) open(change.editor);
    else if (change.type === 'change' && entry) {
      entry.editor = change.editor;
      // The page may re-render the row we sat in: follow the anchor, put the button back if dropped.
      if (entry.view.host.previousElementSibling !== change.editor.anchor)
        change.editor.anchor.after(entry.view.host);
    } else if (change.type === 'close' && entry) {
      entry.view.host.remove();
      views.delete(change.editor.element);
    }
    options.onEditorChange?.(change);
  });
  signal.addEventListener(
    'abort',
    () => {
      for (const { view } of views.values()) view.host.remove();
      views.clear();
    },
    { once: true },
  );

  return {
    setButtonState(editor, state) {
      views.get(editor.element)?.view.render(state);
    },
    getButtonState: (editor) => views.get(editor.element)?.view.state,
  };
}
