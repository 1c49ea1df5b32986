import {
  type EditorHandle,
  type EventDraft,
  type EventField,
  type EventReading,
  type FieldProbe,
} from '../../adapter';
import { plainText } from '../../dom/nodes';
import { bySelector, type Hook, readChain } from '../../dom/hook-chain';
import { EMAIL } from '../../../protocol/event-rules';
import { idFromPath, nextDay } from '../../dom/read-fields';
import type { Guest } from '../../../protocol/calendar-event';
import { allDayHooks, type TimeParts, timeHooks } from './date-time';
import {
  ATTENDEES,
  ATTENDEES_BY_LABEL,
  BODY,
  BODY_BY_LABEL,
  BUTTON,
  EVENT_ID_PATH,
  LOCATION_BY_LABEL,
  LOCATION_PICKER,
  nameOf,
  SERIES_LABEL,
  TITLE_BY_PLACEHOLDER,
  TITLE_BY_STRUCTURE,
} from './selectors';

// Reading the compose form, each field through its chain (selectors.ts). A field the meeting needs
// that no link could read is listed as missing; nothing is filled in by a guess.

/** The page's UI language (Outlook sets it on <html>): without it, dates cannot be read safely. */
export function pageLocale(doc: Document): string | null {
  try {
    return Intl.getCanonicalLocales(doc.documentElement.lang || [])[0] ?? null;
  } catch {
    return null;
  }
}

export const titleHooks = [
  bySelector<HTMLInputElement>(TITLE_BY_STRUCTURE),
  bySelector<HTMLInputElement>(TITLE_BY_PLACEHOLDER),
];
export const locationHooks = [
  bySelector<HTMLInputElement>(LOCATION_PICKER),
  bySelector<HTMLInputElement>(LOCATION_BY_LABEL),
];
export const bodyHooks: Hook<HTMLElement>[] = [
  {
    name: BODY,
    find: (scope) =>
      [...scope.querySelectorAll<HTMLElement>(BODY)].filter((el) => !el.matches(ATTENDEES)).at(-1),
  },
  bySelector(BODY_BY_LABEL),
];

/** Addresses written in the attendee wells; null when there is no well. */
const addresses = (selector: string): Hook<Guest[]> => ({
  name: selector,
  find(scope) {
    const wells = [...scope.querySelectorAll(selector)];
    const words = wells.flatMap((well) => (well.textContent ?? '').split(/[\s,;<>()"']+/));
    const emails = [...new Set(words.filter((w) => EMAIL.test(w)).map((w) => w.toLowerCase()))];
    return wells.length ? emails.map((email) => ({ email })) : null;
  },
});

const otherHooks = (doc: Document) => ({
  timeZone: [{ name: 'browser zone', find: () => Intl.DateTimeFormat().resolvedOptions().timeZone }],
  recurrence: [
    {
      name: `${BUTTON} named ${SERIES_LABEL}`,
      find: (scope: ParentNode) =>
        [...scope.querySelectorAll(BUTTON)].find((b) => SERIES_LABEL.test(nameOf(b))),
    },
  ],
  id: [
    {
      name: '/calendar/item/<id>',
      find() {
        try {
          return idFromPath(doc, EVENT_ID_PATH);
        } catch {
          return null; // garbled: no id, the event is found by its location
        }
      },
    },
  ],
});

export function readForm(editor: EditorHandle): EventReading {
  const scope = editor.element;
  const doc = scope.ownerDocument;
  const probes: FieldProbe[] = [];
  const missing: EventField[] = [];
  const chain = <T>(field: EventField, hooks: readonly Hook<T>[]) => readChain(scope, field, hooks, probes);
  const hooks = otherHooks(doc);

  const title = chain('title', titleHooks);
  const parts = chain('start', timeHooks(pageLocale(doc)));
  probes.push({ ...probes.at(-1)!, field: 'end' });
  const allDay = chain('allDay', allDayHooks(parts));
  const times = parts && allDay !== null ? wallClock(parts, allDay) : {};
  // Outlook shows no zone for the event that any public source reads: the calendar's, the browser's.
  const timeZone = chain('timeZone', hooks.timeZone)!;
  const series = chain('recurrence', hooks.recurrence);
  const guests = chain('guests', [addresses(ATTENDEES), addresses(ATTENDEES_BY_LABEL)]) ?? [];
  const location = chain('location', locationHooks);
  const body = chain('description', bodyHooks);
  const id = chain('id', hooks.id);

  if (!title) missing.push('title');
  if (!times.start) missing.push('start');
  if (!times.end) missing.push('end');
  if (allDay === null) missing.push('allDay');
  if (series) missing.push('recurrence');
  const draft: EventDraft = {
    site: 'outlook',
    ...(id && { id }),
    ...(title && { title: title.value }),
    ...times,
    ...(allDay !== null && { allDay }),
    timeZone,
    timeZoneSource: 'calendar',
    guests,
    description: body ? plainText(body) : '',
    location: location?.value ?? '',
  };
  return { draft, missing, probes };
}

/**
 * Wall-clock start and end from what the pickers show. All day: from its first day's start to the
 * start of the day after its last (Outlook's end date is the last day itself). A timed event with
 * no end date ends on its start's day; an end not after the start is not read with confidence.
 */
function wallClock(parts: TimeParts, allDay: boolean): { start?: string; end?: string } {
  const endDate = parts.endDate ?? parts.startDate;
  if (allDay) return { start: `${parts.startDate}T00:00:00`, end: `${nextDay(endDate)}T00:00:00` };
  const start = parts.startTime && `${parts.startDate}T${parts.startTime}`;
  const end = parts.endTime && `${endDate}T${parts.endTime}`;
  return { ...(start && { start }), ...(end && (!start || end > start) && { end }) };
}
