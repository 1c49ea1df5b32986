import {
  type CalendarAdapter,
  type EditorAction,
  type EditorHandle,
  fieldError,
  writeError,
} from '../../adapter';
import { isShown, plainText } from '../../dom/nodes';
import { type Hook, readChain } from '../../dom/hook-chain';
import { typeIntoEditable, typeIntoField } from '../../dom/page-input';
import type { PageEvent } from '../../../protocol/calendar-event';
import { type ObserveTarget, watchEditors } from '../../dom/watch-editors';
import { bodyHooks, locationHooks, pageLocale, readForm } from './read';
import {
  BUTTON,
  COMPOSE_BY_LABEL,
  COMPOSE_DIALOG,
  COMPOSE_MAIN,
  DELETE_LABELS,
  LOCATION_BY_LABEL,
  LOCATION_PICKER,
  nameOf,
  SAVE_LABELS,
} from './selectors';

// Outlook on the web (new Outlook and older OWA): the compose form is found by its location
// field, every field is read through its chain (read.ts, selectors.ts), and writes go through the
// page's own model the way typing does.

function findEditors(root: Document): EditorHandle[] {
  const editors: EditorHandle[] = [];
  for (const location of root.querySelectorAll(`${LOCATION_PICKER},${LOCATION_BY_LABEL}`)) {
    // The form around it: the dialog, older OWA's named form, the full page's main region.
    const element = isShown(location)
      ? (location.closest<HTMLElement>(COMPOSE_DIALOG) ??
        location.closest<HTMLElement>(COMPOSE_BY_LABEL) ??
        location.closest<HTMLElement>(COMPOSE_MAIN))
      : null;
    // The button sits after the picker's own wrapper, so the page's suggestion list keeps its place.
    if (element && !editors.some((e) => e.element === element))
      editors.push({ site: 'outlook', kind: 'full', element, anchor: location.parentElement ?? location });
  }
  return editors;
}

function readEvent(editor: EditorHandle): PageEvent {
  const { draft, missing } = readForm(editor);
  const first = missing[0];
  if (first) {
    const [name, problem] =
      first === 'title'
        ? ['fieldTitle', 'problemNotOnPage']
        : first === 'recurrence'
          ? ['fieldRepeat', 'problemRepeatNotReadable']
          : pageLocale(editor.element.ownerDocument)
            ? ['fieldStartAndEnd', 'problemNotOnPage']
            : ['fieldStartDate', 'problemNoPageLanguage'];
    throw fieldError(name, problem);
  }
  // Nothing missing: every needed field is there. The background parses the whole event with its
  // zod schema when it arrives, so a second hand-written pass here would only cost budget.
  const { timeZoneSource: _source, ...event } = draft;
  return event as PageEvent;
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
  const button = editor.element.contains(target) && target.closest(BUTTON);
  const name = button ? nameOf(button) : '';
  return SAVE_LABELS.includes(name) ? 'save' : DELETE_LABELS.includes(name) ? 'delete' : null;
}

const VISIBILITY = ['hidden', 'style', 'aria-hidden'];

function idleTargets(root: Document): ObserveTarget[] {
  const body = root.body;
  if (!body) return [[root.documentElement, { childList: true }]];
  const main = body.querySelector(COMPOSE_MAIN);
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
  read: readForm,
  readEvent,
  writeLocation,
  descriptionBox,
  writeDescription,
  editorAction,
  watch: (root, signal, onChange) => watchEditors(root, signal, { findEditors, idleTargets }, onChange),
};
