import type { Provider } from '../../protocol/meetings';
import type { LoadActions } from './actions';
import { type CalendarAdapter, type EditorChange, type EditorHandle, messageOf } from '../adapter';
import {
  type ButtonState,
  type ButtonView,
  createButtonView,
  type Providers,
  type Translate,
} from './button-view';
import { eventOf, readEditor, toConfirm } from './read-editor';
import type { PageEvent } from '../../protocol/calendar-event';

export type { ButtonState, Providers, Translate } from './button-view';

export interface MountOptions {
  adapter: CalendarAdapter;
  /** Where the confirm form comes from: loaded when a click first needs it. */
  actions: LoadActions;
  document: Document;
  /** Aborting removes every button and stops watching (wire it to the content-script context). */
  signal: AbortSignal;
  t: Translate;
  /** "Add … meeting" with the provider clicked and the event as read at the click (or as the person
   * confirmed it, when fields could not be read). The button shows "adding" meanwhile; a rejection
   * shows its message. Success is for the caller to show with setButtonState(attached). */
  onAdd(editor: EditorHandle, event: PageEvent, provider: Provider): void | Promise<void>;
  onRemove?(editor: EditorHandle, meetingId: string): void | Promise<void>;
  /** A rejection is shown as the attached state's notice. */
  onOpenRegistrants?(editor: EditorHandle, meetingId: string, provider: Provider): void | Promise<void>;
  onSignIn?(editor: EditorHandle, provider: Provider): void;
  /** Every editor open/change/close, after the button is placed: e.g. to show "attached" on reopen. */
  onEditorChange?(change: EditorChange): void;
}

export interface CalendarButtons {
  setButtonState(editor: EditorHandle, state: ButtonState): void;
  getButtonState(editor: EditorHandle): ButtonState | undefined;
  /** Which providers every button (open now or later) offers to add with. */
  setProviders(providers: Providers): void;
}

/** Puts the meeting button next to the location field of every open event editor, until `signal` aborts. */
export function mountCalendarButtons(options: MountOptions): CalendarButtons {
  const { adapter, document: doc, signal, t } = options;
  const views = new Map<HTMLElement, { view: ButtonView; editor: EditorHandle }>();
  // Unknown until the background answers: the buttons wait rather than guess a provider.
  let providers: Providers | null = null;

  /** Runs `work`; on success the state is the caller's to set, a failure is shown by `failed`. */
  const settle = (work: () => void | Promise<void>, failed: (reason: string) => void, done?: () => void) => {
    Promise.resolve()
      .then(work)
      .then(done, (error: unknown) => failed(messageOf(error)));
  };

  const open = (editor: EditorHandle) => {
    const entry = { editor, view: undefined as unknown as ButtonView };
    const adding = (provider: Provider, event: PageEvent) => {
      entry.view.render({ kind: 'adding', provider });
      settle(() => options.onAdd(entry.editor, event, provider), failed(provider));
    };
    const failed = (provider: Provider) => (reason: string) =>
      entry.view.render({ kind: 'error', provider, reason });
    entry.view = createButtonView(doc, t, {
      add(provider) {
        try {
          const reading = readEditor(adapter, entry.editor);
          // An all-day event has no time for a meeting to start at: said before anything is sent.
          if (reading.draft.allDay && !reading.missing.includes('allDay'))
            throw new Error(t('errorAllDayEvent'));
          if (!toConfirm(reading).length) return adding(provider, eventOf(reading.draft));
          // The form is on-demand code: shown once loaded, or the reason it could not be.
          settle(async () => {
            const { confirmForm } = await options.actions();
            entry.view.render({ kind: 'confirm', provider, reading, form: confirmForm });
          }, failed(provider));
        } catch (error) {
          failed(provider)(messageOf(error));
        }
      },
      confirm: adding,
      copyLink: (url) =>
        doc.defaultView?.navigator.clipboard.writeText(url) ?? Promise.reject(new Error('no clipboard')),
      ...(options.onOpenRegistrants && {
        registrants(id: string, provider: Provider) {
          const state = entry.view.state;
          // A panel that cannot open (its code not loaded, no ticket) says why under the meeting.
          void Promise.resolve(options.onOpenRegistrants?.(entry.editor, id, provider)).catch(
            (error: unknown) =>
              state.kind === 'attached' && entry.view.render({ ...state, notice: messageOf(error) }),
          );
        },
      }),
      remove() {
        const state = entry.view.state;
        const remove = options.onRemove;
        if (state.kind !== 'attached' || !remove) return;
        entry.view.render({ kind: 'adding', provider: state.provider });
        // A failed remove leaves the meeting attached, so the button goes back to saying so.
        settle(
          () => remove(entry.editor, state.meetingId),
          (reason) => entry.view.render({ ...state, notice: t('buttonRemoveFailed', reason) }),
          () => entry.view.render({ kind: 'idle' }),
        );
      },
      signIn: (provider) => options.onSignIn?.(entry.editor, provider),
    });
    if (providers) entry.view.setProviders(providers);
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
    setProviders(next) {
      providers = next;
      for (const { view } of views.values()) view.setProviders(next);
    },
  };
}
