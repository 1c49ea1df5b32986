import {
  type CalendarAdapter,
  type EditorAction,
  type EditorHandle,
  fieldError,
  writeError,
} from './adapter';
import { isShown, plainText } from './dom';
import { parseLocalDate, parseLocalTime } from './locale-date';
import { outlook as sel } from './outlook-selectors';
import { typeIntoEditable, typeIntoField } from './page-input';
import { idFromPath, nextDay, readGuests, readRecurrence, required, timeZoneValue } from './read-fields';
import type { PageEvent } from './types';
import { type ObserveTarget, watchEditors } from './watch-editors';

function composeRoot(location: Element): HTMLElement | null {
  return (
    location.closest<HTMLElement>(sel.composeRoot) ??
    location.closest<HTMLElement>(sel.legacyComposeForm.join(','))
  );
}

function findEditors(root: Document): EditorHandle[] {
  const editors: EditorHandle[] = [];
  for (const location of root.querySelectorAll(sel.location)) {
    const element = isShown(location) ? composeRoot(location) : null;
    // The button sits after the picker's own wrapper, so the page's suggestion list keeps its place.
    if (element)
      editors.push({
        site: 'outlook',
        kind: 'full',
        element,
        anchor: location.parentElement ?? location,
      });
  }
  return editors;
}

/** The page's UI language: Outlook sets it on <html>. Without it dates cannot be read safely. */
function pageLocale(doc: Document): string {
  const lang = doc.documentElement.lang;
  try {
    if (lang) return Intl.getCanonicalLocales(lang)[0] ?? lang;
  } catch {
    /* fall through to the error */
  }
  throw fieldError('fieldStartDate', 'problemNoPageLanguage');
}

function titleInput(scope: HTMLElement): HTMLInputElement {
  const byStructure = scope.querySelector<HTMLInputElement>(sel.title);
  const byLabel = scope.querySelector<HTMLInputElement>(sel.titleByLabel.join(','));
  const input = byStructure ?? byLabel;
  if (!input) throw fieldError('fieldTitle', 'problemNotOnPage');
  return input;
}

function timeRow(scope: HTMLElement): {
  fields: HTMLInputElement[];
  allDay: boolean;
} {
  for (const group of scope.querySelectorAll(sel.timeRow)) {
    const fields = [...group.querySelectorAll<HTMLInputElement>(sel.timeRowFields)];
    if (fields.length < 4) continue;
    const toggle = group.querySelector<HTMLInputElement>(sel.allDay);
    return {
      fields,
      allDay: toggle?.checked === true || toggle?.getAttribute('aria-checked') === 'true',
    };
  }
  throw fieldError('fieldStartAndEnd', 'problemNotOnPage');
}

function readEvent(editor: EditorHandle): PageEvent {
  const scope = editor.element;
  const locale = pageLocale(scope.ownerDocument);
  const { fields, allDay } = timeRow(scope);
  const [startDateEl, startTimeEl, endDateEl, endTimeEl] = fields as [
    HTMLInputElement,
    ...HTMLInputElement[],
  ];
  const startDate = parseLocalDate(startDateEl.value, locale, 'fieldStartDate');
  const endDate = parseLocalDate(endDateEl!.value, locale, 'fieldEndDate');
  const timeZone = timeZoneValue(scope.querySelector(sel.timeZone)?.getAttribute(sel.tzAttr));
  const event: PageEvent = {
    site: 'outlook',
    title: titleInput(scope).value,
    // Outlook's all-day end date is the last day itself; the event ends when the next day starts.
    start: `${startDate}T${allDay ? '00:00:00' : parseLocalTime(startTimeEl!.value, locale, 'fieldStartTime')}`,
    end: allDay
      ? `${nextDay(endDate)}T00:00:00`
      : `${endDate}T${parseLocalTime(endTimeEl!.value, locale, 'fieldEndTime')}`,
    timeZone,
    allDay,
    guests: readGuests(scope, sel.guest, sel.guestName),
    description: plainText(required(scope, sel.body, 'fieldDescription')),
    location: required<HTMLInputElement>(scope, sel.location, 'fieldLocation').value,
  };
  const recurrence = readRecurrence(scope, sel.recurrence, sel.rruleAttr);
  if (recurrence) event.recurrence = recurrence;
  const id = idFromPath(scope.ownerDocument, sel.eventIdPath);
  if (id) event.id = id;
  // Every field was checked as it was read; the background parses the whole event with its zod
  // schema when it arrives, so a second hand-written pass here would only cost budget.
  return event;
}

function writeLocation(editor: EditorHandle, text: string): void {
  const input = editor.element.querySelector<HTMLInputElement>(sel.location);
  if (!input) throw writeError('fieldLocation', 'problemNotOnPage');
  typeIntoField(input, text);
  if (input.value !== text) throw writeError('fieldLocation', 'problemNotAccepted');
}

function writeDescription(editor: EditorHandle, text: string): void {
  const body = editor.element.querySelector<HTMLElement>(sel.body);
  if (!body) throw writeError('fieldDescription', 'problemNotOnPage');
  typeIntoEditable(body, text);
  if (plainText(body) !== text) throw writeError('fieldDescription', 'problemNotAccepted');
}

function editorAction(editor: EditorHandle, target: Element): EditorAction | null {
  const label = editor.element.contains(target) && target.closest('button')?.getAttribute('aria-label');
  if (!label) return null;
  if (sel.saveLabels.includes(label)) return 'save';
  return sel.deleteLabels.includes(label) ? 'delete' : null;
}

const VISIBILITY = ['hidden', 'style', 'aria-hidden'];

function idleTargets(root: Document): ObserveTarget[] {
  const body = root.body;
  if (!body) return [[root.documentElement, { childList: true }]];
  const main = body.querySelector('[role="main"]');
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
  readEvent,
  writeLocation,
  writeDescription,
  editorAction,
  watch: (root, signal, onChange) => watchEditors(root, signal, { findEditors, idleTargets }, onChange),
};
