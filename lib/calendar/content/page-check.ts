import { browser } from 'wxt/browser';
import type { CalendarAdapter, EditorKind, EventField, FieldProbe } from '../adapter';
import { readEditor } from './read-editor';

// "Check a calendar page" (options page): the background asks every tab with this message, and a
// calendar tab's content script answers with how each field of its open editors was read — which
// hook found it, or which were tried. Structure only, never the event's text. Only the extension
// can send it: content scripts cannot message each other, and the sender is checked.

export const PAGE_CHECK = 'calendar.pageCheck';

export interface PageCheck {
  site: CalendarAdapter['site'];
  editors: { kind: EditorKind; probes: FieldProbe[]; missing: EventField[] }[];
}

export function checkPage(adapter: CalendarAdapter, doc: Document): PageCheck {
  return {
    site: adapter.site,
    editors: adapter.findEditors(doc).map((editor) => {
      try {
        const { probes, missing } = readEditor(adapter, editor);
        return { kind: editor.kind, probes, missing };
      } catch {
        // An adapter without hook chains whose read failed: nothing to say but the kind.
        return { kind: editor.kind, probes: [], missing: [] };
      }
    }),
  };
}

/**
 * Answers the options page's check until `signal` aborts, with checkPage from the on-demand actions;
 * when those cannot load, with nothing (the background then leaves this tab out).
 */
export function answerPageChecks(
  adapter: CalendarAdapter,
  doc: Document,
  signal: AbortSignal,
  actions: () => Promise<{ checkPage: typeof checkPage }>,
): void {
  const { runtime } = browser;
  const listener = (message: unknown, sender: { id?: string }, reply: (answer?: PageCheck) => void) => {
    if (sender.id !== runtime.id || (message as { type?: unknown } | null)?.type !== PAGE_CHECK) return;
    actions().then(
      (loaded) => reply(loaded.checkPage(adapter, doc)),
      () => reply(),
    );
    // The answer comes after the load: the channel stays open for it.
    return true;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}
