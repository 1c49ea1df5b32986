import type { EditorChange, EditorHandle } from '../adapter';

/** Marks nodes this extension adds to the page, so observing them cannot feed back into a loop. */
export const OWN_NODE_ATTR = 'data-zoom-meeting-button';

export type ObserveTarget = [Node, MutationObserverInit];

export interface WatchSpec {
  findEditors(root: Document): EditorHandle[];
  /**
   * What to observe while no editor is open: the cheapest nodes whose change can mean an editor
   * appeared (body attributes, the direct children of body, a main region), never the whole page
   * once it has settled.
   */
  idleTargets(root: Document): ObserveTarget[];
}

// While an editor is open its whole subtree is watched: fields re-render, pickers set data-*,
// panels hide. The filter keeps style churn elsewhere in the editor from costing anything.
const EDITOR_INIT: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: [
    'hidden',
    'style',
    'aria-hidden',
    'aria-checked',
    'aria-selected',
    'data-ical',
    'data-date',
    'data-initial-value',
    'data-value',
  ],
};

const isOwn = (node: Node): boolean =>
  node.nodeType === 1 && (node as Element).closest(`[${OWN_NODE_ATTR}]`) !== null;

const ownRecord = (r: MutationRecord): boolean =>
  isOwn(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwn));

/**
 * Reports editors opening, changing and closing with ONE MutationObserver, re-aimed after every
 * batch: idle targets only while nothing is open, plus each open editor's subtree while it is.
 * Typing changes no DOM, so each open editor also gets an `input` listener. All of it ends when
 * `signal` aborts.
 */
export function watchEditors(
  root: Document,
  signal: AbortSignal,
  spec: WatchSpec,
  onChange: (change: EditorChange) => void,
): void {
  if (signal.aborted) return;
  let open: { editor: EditorHandle; stop: AbortController }[] = [];

  const changed = (editor: EditorHandle) => onChange({ type: 'change', editor });

  const check = (records: MutationRecord[]) => {
    const found = spec.findEditors(root);
    const next: typeof open = [];
    for (const editor of found) {
      const prev = open.find((o) => o.editor.element === editor.element && o.editor.kind === editor.kind);
      if (!prev) {
        const stop = new AbortController();
        editor.element.addEventListener(
          'input',
          () => {
            const current = open.find((o) => o.editor.element === editor.element);
            if (current) changed(current.editor);
          },
          { signal: stop.signal },
        );
        next.push({ editor, stop });
        onChange({ type: 'open', editor });
        continue;
      }
      const moved = prev.editor.anchor !== editor.anchor;
      if (moved) prev.editor = editor;
      next.push(prev);
      if (moved || records.some((r) => !ownRecord(r) && prev.editor.element.contains(r.target)))
        changed(prev.editor);
    }
    for (const o of open) {
      if (next.includes(o)) continue;
      o.stop.abort();
      onChange({ type: 'close', editor: o.editor });
    }
    open = next;
    observer.disconnect();
    for (const [node, init] of spec.idleTargets(root)) observer.observe(node, init);
    for (const o of open) observer.observe(o.editor.element, EDITOR_INIT);
  };

  const observer = new MutationObserver((records) => {
    if (signal.aborted || records.every(ownRecord)) return;
    check(records);
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const o of open) o.stop.abort();
      open = [];
    },
    { once: true },
  );
  check([]);
}
