import {
  type CalendarAdapter,
  type EditorAction,
  type EditorHandle,
  fieldError,
  writeError,
} from './adapter';
import { isShown, plainText, shownMatch } from './dom';
import { google as sel } from './google-selectors';
import { typeIntoEditable, typeIntoField } from './page-input';
import {
  icalDate,
  icalTime,
  idFromPath,
  nextDay,
  readGuests,
  readRecurrence,
  required,
  timeZoneValue,
} from './read-fields';
import type { PageEvent } from './types';
import { type ObserveTarget, watchEditors } from './watch-editors';

function fullEditorRoot(ready: Element): HTMLElement | null {
  let el = ready.parentElement;
  while (el && !el.querySelector(sel.fullEditorRows)) el = el.parentElement;
  return el;
}

function findEditors(root: Document): EditorHandle[] {
  const editors: EditorHandle[] = [];
  for (const dialog of root.querySelectorAll(sel.quickAddDialog)) {
    const panel = dialog.querySelector<HTMLElement>(sel.quickAddPanel);
    if (!panel || !isShown(panel)) continue;
    const anchor =
      shownMatch(panel, sel.quickAddLocation)?.parentElement ??
      panel.querySelector(sel.quickAddDescription) ??
      panel.querySelector(sel.title)?.parentElement;
    if (anchor)
      editors.push({
        site: 'google',
        kind: 'quick-add',
        element: panel,
        anchor,
      });
  }
  const ready = root.querySelector(sel.fullEditorReady);
  const element = ready && isShown(ready) ? fullEditorRoot(ready) : null;
  const anchor = element?.querySelector('#xLocIn') ?? element?.querySelector('#xOnCal');
  if (element && anchor) editors.push({ site: 'google', kind: 'full', element, anchor });
  return editors;
}

function timeZoneOf(editor: EditorHandle): string {
  // The full editor names the zone once a person opens "Time zone"; otherwise the event is in the
  // calendar's own zone, which the grid carries.
  const own = editor.element.querySelector(sel.timeZone)?.getAttribute(sel.tzAttr);
  const calendar = editor.element.ownerDocument.querySelector(sel.calendarTimeZone)?.getAttribute(sel.tzAttr);
  return timeZoneValue(own || calendar);
}

function isAllDay(editor: EditorHandle): boolean {
  const box = editor.element.querySelector(sel.allDay);
  if (box) return box.getAttribute('aria-checked') === 'true';
  // The quick-add dialog has no checkbox: an all-day event simply shows no times.
  const time = editor.element.querySelector(sel.startTime);
  return !time || !isShown(time);
}

function locationInput(editor: EditorHandle): HTMLInputElement | null {
  return editor.element.querySelector<HTMLInputElement>(
    editor.kind === 'full' ? sel.location : sel.quickAddLocation,
  );
}

function descriptionBox(editor: EditorHandle): HTMLElement | null {
  const selector = editor.kind === 'full' ? sel.description : sel.quickAddDescriptionBox;
  return editor.element.querySelector<HTMLElement>(selector);
}

function readEvent(editor: EditorHandle): PageEvent {
  const scope = editor.element;
  const ical = (selector: string, field: string) =>
    required(scope, selector, field).getAttribute(sel.icalAttr);
  const title = required<HTMLInputElement>(scope, sel.title, 'fieldTitle').value;
  const startDate = icalDate(ical(sel.startDate, 'fieldStartDate'), 'fieldStartDate');
  const endDate = icalDate(ical(sel.endDate, 'fieldEndDate'), 'fieldEndDate');
  const allDay = isAllDay(editor);
  const timeZone = timeZoneOf(editor);
  const location = locationInput(editor);
  const description = descriptionBox(editor);
  if (editor.kind === 'full' && !location) throw fieldError('fieldLocation', 'problemNotOnPage');
  if (editor.kind === 'full' && !description) throw fieldError('fieldDescription', 'problemNotOnPage');
  const event: PageEvent = {
    site: 'google',
    title,
    start: `${startDate}T${allDay ? '00:00:00' : icalTime(ical(sel.startTime, 'fieldStartTime'), 'fieldStartTime')}`,
    end: allDay
      ? `${nextDay(endDate)}T00:00:00`
      : `${endDate}T${icalTime(ical(sel.endTime, 'fieldEndTime'), 'fieldEndTime')}`,
    timeZone,
    allDay,
    guests: readGuests(scope, sel.guest, sel.guestName),
    // The quick-add dialog shows these only when a person adds them; absent there means empty.
    description: description ? plainText(description) : '',
    location: location?.value ?? '',
  };
  const recurrence = readRecurrence(scope, sel.recurrence, sel.rruleAttr);
  if (recurrence) event.recurrence = recurrence;
  const id = editor.kind === 'full' ? idFromPath(scope.ownerDocument, sel.eventIdPath) : undefined;
  if (id) event.id = id;
  // Every field was checked as it was read; the background parses the whole event with its zod
  // schema when it arrives, so a second hand-written pass here would only cost budget.
  return event;
}

function writeLocation(editor: EditorHandle, text: string): void {
  const input = locationInput(editor);
  if (!input) throw writeError('fieldLocation', 'problemNotOnPage');
  typeIntoField(input, text);
  if (input.value !== text) throw writeError('fieldLocation', 'problemNotAccepted');
}

function writeDescription(editor: EditorHandle, text: string): void {
  const box = descriptionBox(editor);
  if (!box) throw writeError('fieldDescription', 'problemNotOnPage');
  typeIntoEditable(box, text);
  if (plainText(box) !== text) throw writeError('fieldDescription', 'problemNotAccepted');
}

function editorAction(editor: EditorHandle, target: Element): EditorAction | null {
  if (editor.kind === 'full') {
    // One full editor at a time, and its commands sit in its top bar.
    if (target.closest(sel.saveButton)) return 'save';
    return target.closest(sel.deleteButton) ? 'delete' : null;
  }
  // Quick-add creates events, so only Save; it lives in the dialog beside the tab panel.
  const dialog = editor.element.closest(sel.quickAddDialog);
  return dialog?.contains(target) && target.closest(sel.quickAddSave) ? 'save' : null;
}

const VISIBILITY = ['hidden', 'style', 'aria-hidden'];

function idleTargets(root: Document): ObserveTarget[] {
  const body = root.body;
  if (!body) return [[root.documentElement, { childList: true }]];
  // The editor view is announced on body before its fields render: watch for them until they do.
  const editing = body.getAttribute(sel.viewFamilyAttr) === sel.viewFamilyEdit;
  const pending = editing && !findEditors(root).some((e) => e.kind === 'full');
  const targets: ObserveTarget[] = [
    [
      body,
      {
        attributes: true,
        attributeFilter: [sel.viewFamilyAttr],
        childList: true,
        subtree: pending,
      },
    ],
  ];
  // Dialogs live in layers that are direct children of body and are hidden, not removed, on close.
  // A shown dialog is watched whole: its Event tab's panel can be hidden and shown again inside it.
  for (const layer of body.children) {
    const open = layer.matches(sel.quickAddDialog) && isShown(layer);
    targets.push([
      layer,
      {
        attributes: true,
        attributeFilter: VISIBILITY,
        subtree: open,
        childList: open,
      },
    ]);
  }
  return targets;
}

export const googleCalendar: CalendarAdapter = {
  site: 'google',
  findEditors,
  readEvent,
  writeLocation,
  writeDescription,
  editorAction,
  watch: (root, signal, onChange) => watchEditors(root, signal, { findEditors, idleTargets }, onChange),
};
