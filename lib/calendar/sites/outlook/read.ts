import {
  type CalendarFieldError,
  type EditorHandle,
  type EventDraft,
  type EventReading,
  fieldError,
} from '../../adapter';
import { plainText } from '../../dom';
import { bySelector, type EventField, type FieldProbe, type Hook, readChain } from '../../dom/hook-chain';
import { EMAIL } from '../../event-rules';
import { idFromPath, nextDay } from '../../read-fields';
import type { Guest } from '../../types';
import { allDayHooks, type TimeParts, timeHooks } from './date-time';
import { nameOf, outlook as sel } from './selectors';

// Reading the compose form, each field through its chain (selectors.ts). A field the meeting needs
// that no link could read is listed as missing, with the reason kept for readEvent's sentence.

/** The reading plus, per missing field, the sentence that names why. */
export interface DetailedReading extends EventReading {
  reasons: Partial<Record<EventField, CalendarFieldError>>;
}

/** The page's UI language (Outlook sets it on <html>): without it, dates cannot be read safely. */
function pageLocale(doc: Document): string | null {
  const lang = doc.documentElement.lang;
  try {
    return lang ? (Intl.getCanonicalLocales(lang)[0] ?? null) : null;
  } catch {
    return null;
  }
}

export const titleHooks: Hook<HTMLInputElement>[] = [
  bySelector<HTMLInputElement>(sel.titleByStructure),
  bySelector<HTMLInputElement>(sel.titlePlaceholders.map((t) => `input[placeholder="${t}"]`).join(', ')),
];

export const locationHooks: Hook<HTMLInputElement>[] = [
  bySelector<HTMLInputElement>(sel.locationPicker),
  bySelector<HTMLInputElement>(sel.locationByLabel),
];

export const bodyHooks: Hook<HTMLElement>[] = [
  {
    name: `${sel.body} (the last)`,
    find: (scope) =>
      [...scope.querySelectorAll<HTMLElement>(sel.body)].filter((el) => !el.matches(sel.attendees)).at(-1),
  },
  bySelector<HTMLElement>(sel.bodyByLabel),
];

const emailsIn = (wells: Iterable<Element>): Guest[] | null => {
  const guests: Guest[] = [];
  let found = false;
  for (const well of wells) {
    found = true;
    for (const word of (well.textContent ?? '').split(/[\s,;<>()"']+/)) {
      if (EMAIL.test(word) && !guests.some((g) => g.email.toLowerCase() === word.toLowerCase()))
        guests.push({ email: word });
    }
  }
  return found ? guests : null;
};

const guestHooks: Hook<Guest[]>[] = [
  { name: sel.attendees, find: (scope) => emailsIn(scope.querySelectorAll(sel.attendees)) },
  { name: sel.attendeesByLabel, find: (scope) => emailsIn(scope.querySelectorAll(sel.attendeesByLabel)) },
];

const seriesHooks: Hook<Element>[] = [
  {
    name: `${sel.seriesSummary} named ${String(sel.seriesLabel)}`,
    find: (scope) =>
      [...scope.querySelectorAll(sel.seriesSummary)].find((b) => sel.seriesLabel.test(nameOf(b))),
  },
];

/** The id in the address; a garbled one is no id (the event is then found by its location). */
function eventId(doc: Document): string | undefined {
  try {
    return idFromPath(doc, sel.eventIdPath);
  } catch {
    return undefined;
  }
}

const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function readForm(editor: EditorHandle): DetailedReading {
  const scope = editor.element;
  const doc = scope.ownerDocument;
  const probes: FieldProbe[] = [];
  const missing: EventField[] = [];
  const reasons: DetailedReading['reasons'] = {};
  const miss = (field: EventField, reason: CalendarFieldError) => {
    missing.push(field);
    reasons[field] = reason;
  };
  const probe = (field: EventField, hook: string) => probes.push({ field, hook, tried: [hook] });

  const title = readChain(scope, 'title', titleHooks, probes);
  if (!title) miss('title', fieldError('fieldTitle', 'problemNotOnPage'));

  const locale = pageLocale(doc);
  const errors: CalendarFieldError[] = [];
  const parts = readChain(scope, 'start', timeHooks(locale, errors), probes);
  probes.push({ ...probes.at(-1)!, field: 'end' });
  const allDay = readChain(scope, 'allDay', allDayHooks(parts), probes);
  const times = parts && allDay !== null ? wallClock(parts, allDay) : {};
  const timeReason = !locale
    ? fieldError('fieldStartDate', 'problemNoPageLanguage')
    : (errors[0] ?? fieldError('fieldStartAndEnd', 'problemNotOnPage'));
  if (!times.start) miss('start', timeReason);
  if (!times.end) miss('end', timeReason);
  if (allDay === null) miss('allDay', timeReason);

  // Outlook shows no zone for the event that any public source reads: the calendar's, the browser's.
  probe('timeZone', 'Intl.DateTimeFormat().resolvedOptions().timeZone');
  if (readChain(scope, 'recurrence', seriesHooks, probes))
    miss('recurrence', fieldError('fieldRepeat', 'problemRepeatNotReadable'));

  const guests = readChain(scope, 'guests', guestHooks, probes) ?? [];
  const location = readChain(scope, 'location', locationHooks, probes);
  const body = readChain(scope, 'description', bodyHooks, probes);
  const id = eventId(doc);
  probe('id', id ? 'address /calendar/item/<id>' : 'none: a new event');

  const draft: EventDraft = {
    site: 'outlook',
    ...(id && { id }),
    ...(title && { title: title.value }),
    ...times,
    ...(allDay !== null && { allDay }),
    timeZone: browserZone(),
    timeZoneSource: 'calendar',
    guests,
    description: body ? plainText(body) : '',
    location: location?.value ?? '',
  };
  return { draft, missing, probes, reasons };
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
