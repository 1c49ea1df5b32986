import { type CalendarAdapter, type EditorAction, type EditorHandle, writeError } from '../../adapter';
import { isShown, plainText, shownMatch } from '../../dom/nodes';
import { typeIntoEditable, typeIntoField } from '../../dom/page-input';
import { eventFromReading } from '../../dom/read-fields';
import { type ObserveTarget, watchEditors } from '../../dom/watch-editors';
import { normalEventId } from './event-id';
import { firstOf, readGoogle } from './read';
import * as sel from './selectors';

function findEditors(root: Document): EditorHandle[] {
  const editors: EditorHandle[] = [];
  for (const dialog of root.querySelectorAll(sel.quickAddDialog)) {
    const panel = dialog.querySelector<HTMLElement>(sel.quickAddPanel);
    if (!panel || !isShown(panel)) continue;
    // After the location's wrapper, else the description's (the dialog shows them once added).
    const anchor =
      shownMatch(panel, sel.quickAddLocation)?.parentElement ?? panel.querySelector(sel.quickAddDescription);
    if (anchor) editors.push({ site: 'google', kind: 'quick-add', element: panel, anchor });
  }
  const ready = root.querySelector(sel.fullEditorReady);
  if (!ready || !isShown(ready)) return editors;
  // The whole editor: its header (title, times, repeat) sits above the tab panel holding #xNtList.
  const element = ready.closest<HTMLElement>(sel.fullEditorRoot) ?? root.body;
  const anchor = firstOf(element, sel.fullEditorAnchors);
  if (anchor) editors.push({ site: 'google', kind: 'full', element, anchor });
  return editors;
}

const descriptionBox = (editor: EditorHandle) => firstOf(editor.element, sel.description);

/** Types `text` into the field the way a person would, and checks the page took it. */
function write<T extends HTMLElement>(
  field: string,
  el: T | null,
  text: string,
  type: (el: T, text: string) => void,
  value: (el: T) => string,
) {
  if (!el) throw writeError(field, 'problemNotOnPage');
  type(el, text);
  if (value(el) !== text) throw writeError(field, 'problemNotAccepted');
}

const writeLocation = (editor: EditorHandle, text: string) =>
  write(
    'fieldLocation',
    firstOf<HTMLInputElement>(editor.element, sel.location),
    text,
    typeIntoField,
    (el) => el.value,
  );

const writeDescription = (editor: EditorHandle, text: string) =>
  write('fieldDescription', descriptionBox(editor), text, typeIntoEditable, plainText);

function editorAction(editor: EditorHandle, target: Element): EditorAction | null {
  // Deleting is followed through the event popover (peekDelete): the record names no Delete in
  // the full editor. One full editor at a time; its Save is not inside a dialog.
  if (editor.kind === 'full')
    return target.closest(sel.saveButton) && !target.closest(sel.quickAddDialog) ? 'save' : null;
  // Quick-add creates events, so only Save; it lives in the dialog beside the tab panel.
  const dialog = editor.element.closest(sel.quickAddDialog);
  return dialog?.contains(target) && target.closest(sel.quickAddSave) ? 'save' : null;
}

/** The event id when `target` is inside the event popover's Delete, else null. */
function peekDelete(target: Element): string | null {
  const button = target.closest(sel.popoverDelete);
  if (!button) return null;
  const holder =
    button.closest(sel.popoverEventId) ??
    button.closest(sel.quickAddDialog)?.querySelector(sel.popoverEventId);
  const raw = holder?.getAttribute('data-eventid');
  return raw ? normalEventId(raw) : null;
}

const VISIBILITY = ['hidden', 'style', 'aria-hidden'];

function idleTargets(root: Document): ObserveTarget[] {
  const body = root.body;
  if (!body) return [[root.documentElement, { childList: true }]];
  // The editor view is announced on body before its fields render: watch for them until they do.
  const editing = body.getAttribute(sel.viewFamilyAttr) === sel.viewFamilyEdit;
  const pending = editing && !findEditors(root).some((e) => e.kind === 'full');
  const targets: ObserveTarget[] = [
    [body, { attributes: true, attributeFilter: [sel.viewFamilyAttr], childList: true, subtree: pending }],
  ];
  // Dialogs live in layers that are direct children of body and are hidden, not removed, on close.
  // A shown dialog is watched whole: its Event tab's panel can be hidden and shown again inside it.
  for (const layer of body.children) {
    const open = layer.matches(sel.quickAddDialog) && isShown(layer);
    targets.push([layer, { attributes: true, attributeFilter: VISIBILITY, subtree: open, childList: open }]);
  }
  return targets;
}

export const googleCalendar: CalendarAdapter = {
  site: 'google',
  findEditors,
  read: readGoogle,
  readEvent: (editor) => eventFromReading(readGoogle(editor)),
  writeLocation,
  descriptionBox,
  writeDescription,
  peekDelete,
  editorAction,
  watch: (root, signal, onChange) => watchEditors(root, signal, { findEditors, idleTargets }, onChange),
};
