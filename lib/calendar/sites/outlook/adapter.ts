import {
  type CalendarAdapter,
  type EditorAction,
  type EditorHandle,
  type EventReading,
  writeError,
} from '../../adapter';
import { isShown, plainText } from '../../dom';
import { type Hook, readChain } from '../../dom/hook-chain';
import { typeIntoEditable, typeIntoField } from '../../page-input';
import type { PageEvent } from '../../types';
import { type ObserveTarget, watchEditors } from '../../watch-editors';
import { bodyHooks, locationHooks, readForm } from './read';
import { nameOf, outlook as sel } from './selectors';

// Outlook on the web (new Outlook and older OWA): the compose form is found by its location
// picker, every field is read through its chain (read.ts, selectors.ts), and writes go through the
// page's own model the way typing does.

/** The form around a location field: the dialog, older OWA's named form, the full page's main region. */
function composeRoot(location: Element): HTMLElement | null {
  return (
    location.closest<HTMLElement>(sel.composeDialog) ??
    location.closest<HTMLElement>(sel.composeByLabel) ??
    location.closest<HTMLElement>(sel.composeMain)
  );
}

function findEditors(root: Document): EditorHandle[] {
  const editors: EditorHandle[] = [];
  for (const location of root.querySelectorAll(`${sel.locationPicker}, ${sel.locationByLabel}`)) {
    const element = isShown(location) ? composeRoot(location) : null;
    // The button sits after the picker's own wrapper, so the page's suggestion list keeps its place.
    if (element && !editors.some((e) => e.element === element))
      editors.push({ site: 'outlook', kind: 'full', element, anchor: location.parentElement ?? location });
  }
  return editors;
}

function read(editor: EditorHandle): EventReading {
  const { draft, missing, probes } = readForm(editor);
  return { draft, missing, probes };
}

function readEvent(editor: EditorHandle): PageEvent {
  const { draft, missing, reasons } = readForm(editor);
  const first = missing[0];
  if (first) throw reasons[first]!;
  const { timeZoneSource: _source, start, end, allDay, title, timeZone, ...rest } = draft;
  // Every needed field was read (nothing missing); the background parses the whole event with its
  // zod schema when it arrives, so a second hand-written pass here would only cost budget.
  return { ...rest, title: title!, start: start!, end: end!, allDay: allDay!, timeZone: timeZone! };
}

const field = <T>(editor: EditorHandle, hooks: readonly Hook<T>[]): T | null =>
  readChain(editor.element, 'location', hooks, []);

function writeLocation(editor: EditorHandle, text: string): void {
  const input = field(editor, locationHooks);
  if (!input) throw writeError('fieldLocation', 'problemNotOnPage');
  typeIntoField(input, text);
  if (input.value !== text) throw writeError('fieldLocation', 'problemNotAccepted');
}

const descriptionBox = (editor: EditorHandle): HTMLElement | null => field(editor, bodyHooks);

function writeDescription(editor: EditorHandle, text: string): void {
  const body = descriptionBox(editor);
  if (!body) throw writeError('fieldDescription', 'problemNotOnPage');
  typeIntoEditable(body, text);
  if (plainText(body) !== text) throw writeError('fieldDescription', 'problemNotAccepted');
}

function editorAction(editor: EditorHandle, target: Element): EditorAction | null {
  const button = editor.element.contains(target) ? target.closest(sel.actionButton) : null;
  const name = button && nameOf(button);
  if (!name) return null;
  if ((sel.saveLabels as readonly string[]).includes(name)) return 'save';
  return (sel.deleteLabels as readonly string[]).includes(name) ? 'delete' : null;
}

const VISIBILITY = ['hidden', 'style', 'aria-hidden'];

function idleTargets(root: Document): ObserveTarget[] {
  const body = root.body;
  if (!body) return [[root.documentElement, { childList: true }]];
  const main = body.querySelector(sel.composeMain);
  // Until the app has rendered its main region, watch the page for it (start-up only); then only
  // the main region's own children (full-page compose) and body's layers (compose in a portal).
  const targets: ObserveTarget[] = [[body, { childList: true, subtree: !main }]];
  if (main) targets.push([main, { childList: true }]);
  for (const layer of body.children) targets.push([layer, { attributes: true, attributeFilter: VISIBILITY }]);
  return targets;
}

export const outlookWeb: CalendarAdapter = {
  site: 'outlook',
  findEditors,
  read,
  readEvent,
  writeLocation,
  descriptionBox,
  writeDescription,
  editorAction,
  watch: (root, signal, onChange) => watchEditors(root, signal, { findEditors, idleTargets }, onChange),
};
