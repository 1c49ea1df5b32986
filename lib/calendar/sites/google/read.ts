import type { EditorHandle, EventDraft, EventField, EventReading, FieldProbe } from '../../adapter';
import { isShown, plainText } from '../../dom/nodes';
import { readChain } from '../../dom/hook-chain';
import { EMAIL, isTimeZone } from '../../../protocol/event-rules';
import { clockValue, dateValue, nextDay } from '../../dom/read-fields';
import type { Guest } from '../../../protocol/calendar-event';
import { normalEventId } from './event-id';
import * as sel from './selectors';

// Reads the editor field by field, each through its chain of selectors (selectors.ts). Nothing
// here throws for a field it cannot read: it goes to `missing`, and the probes say what was tried.

/** The first element of the chain that `read` gets a value from, recording the probe. */
const chain = <T>(
  scope: ParentNode,
  field: EventField,
  selectors: readonly string[],
  read: (el: Element) => T | null | undefined,
  probes: FieldProbe[],
): T | null =>
  readChain(
    scope,
    field,
    selectors.map((name) => ({
      name,
      find: (s: ParentNode) => {
        const el = s.querySelector(name);
        return el && read(el);
      },
    })),
    probes,
  );

/** The first element matching one of `selectors`, in their order. */
export const firstOf = <T extends Element = HTMLElement>(scope: ParentNode, selectors: readonly string[]) =>
  chain(scope, 'id', selectors, (el) => el as T, []);

/** The all-day checkbox (aria-checked, or a real checkbox), else whether times are hidden. */
function allDayOf(el: Element): boolean | null {
  const box = el as HTMLInputElement;
  if (box.type === 'checkbox') return box.checked;
  const checked = el.getAttribute('aria-checked');
  return el.id === 'xAlDaCbx' ? (checked ? checked === 'true' : null) : !isShown(el);
}

/** One end of the event, "YYYY-MM-DDTHH:MM:SS", as one probe (its date hook + its time hook). */
function when(scope: ParentNode, field: 'start' | 'end', allDay: boolean | null, probes: FieldProbe[]) {
  const start = field === 'start';
  const value =
    (parse: (raw: string) => string | null, ...attrs: string[]) =>
    (el: Element) => {
      const raw = attrs.map((a) => el.getAttribute(a)).find(Boolean);
      return raw ? parse(raw) : null;
    };
  const own: FieldProbe[] = [];
  const date = chain(
    scope,
    field,
    start ? sel.startDate : sel.endDate,
    value(dateValue, 'data-date', 'data-ical'),
    own,
  );
  const time =
    allDay || !date
      ? ''
      : chain(
          scope,
          field,
          start ? sel.startTime : sel.endTime,
          value(clockValue, 'data-initial-value', 'data-ical'),
          own,
        );
  const found = date && time !== null;
  probes.push({
    field,
    hook: found ? own.map((p) => p.hook).join(' + ') : null,
    tried: own.flatMap((p) => p.tried),
  });
  // An all-day event ends when the day after its last day begins.
  if (found) return allDay ? `${start ? date : nextDay(date)}T00:00:00` : `${date}T${time}`;
}

/** The IANA id a shown zone names: the id itself, or its label looked up in the page's own table. */
function zoneNamed(text: string, doc: Document): string | null {
  if (isTimeZone(text)) return text;
  try {
    for (const [id, label] of JSON.parse(doc.querySelector(sel.zoneTable)!.textContent!)[0])
      if ((label === text || String(label).endsWith(`) ${text}`)) && isTimeZone(String(id)))
        return String(id);
  } catch {
    // No table, or not the shape Google gives it: the label stays unread.
  }
  return null;
}

/** The selected repeat option: rule '' for "does not repeat", null when it cannot be read. */
function repeatOf(el: Element): { rule: string } | null {
  try {
    const value: unknown = JSON.parse(el.getAttribute('data-value')!);
    const rule = Array.isArray(value) && (value[1] ? value.find((v) => /^RRULE:/i.test(v)) : '');
    return typeof rule === 'string' ? { rule } : null;
  } catch {
    return null;
  }
}

/** Guests by the first hook that lists anyone; entries that are not addresses are left out. */
function guestsOf(scope: ParentNode, probes: FieldProbe[]): Guest[] {
  const tried: string[] = [];
  for (const hook of sel.guests) {
    tried.push(hook);
    const guests = new Map<string, Guest>();
    for (const el of scope.querySelectorAll(hook)) {
      const email = (el.getAttribute('data-email') ?? el.getAttribute('data-hovercard-id'))?.trim() ?? '';
      const name = (
        el.querySelector('[data-hovercard-id]')?.textContent ??
        el.getAttribute('aria-label') ??
        el.textContent
      )?.trim();
      const key = email.toLowerCase();
      if (EMAIL.test(email) && !guests.has(key))
        guests.set(key, name && name !== email ? { email, name } : { email });
    }
    if (guests.size) return (probes.push({ field: 'guests', hook, tried }), [...guests.values()]);
  }
  probes.push({ field: 'guests', hook: null, tried });
  return [];
}

export function readGoogle(editor: EditorHandle): EventReading {
  const scope = editor.element;
  const doc = scope.ownerDocument;
  const probes: FieldProbe[] = [];
  const missing: EventField[] = [];
  const title = chain(scope, 'title', sel.title, (el) => el as HTMLInputElement, probes);
  const allDay = chain(scope, 'allDay', sel.allDay, allDayOf, probes);
  const start = when(scope, 'start', allDay, probes);
  const end = when(scope, 'end', allDay, probes);

  let unread = false;
  const timeZone = chain(
    scope,
    'timeZone',
    sel.zone,
    (el) => {
      const text = el.textContent?.trim();
      const zone = text ? zoneNamed(text, doc) : null;
      // The "Time zone" button's text is its label unless it names the zone.
      if (text && !zone && el.id !== 'xTimezone') unread = true;
      return zone;
    },
    probes,
  );
  const zoneProbe = probes.at(-1)!;
  // An event that names no zone is in the calendar's, which for most people is the browser's.
  const draft: EventDraft = {
    site: 'google',
    timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    timeZoneSource: timeZone ? 'event' : 'calendar',
    guests: guestsOf(scope, probes),
    description: '',
    location: '',
  };
  if (!timeZone) {
    const hook = 'browser zone';
    zoneProbe.tried = [...zoneProbe.tried, hook];
    // A zone the page shows but that cannot be read is not replaced: the person confirms it.
    if (!unread && isTimeZone(draft.timeZone!)) zoneProbe.hook = hook;
  }

  // A field the meeting needs goes to `missing` when no hook read it.
  const need = <K extends 'title' | 'start' | 'end' | 'allDay'>(field: K, value: EventDraft[K] | null) =>
    value === null || value === undefined ? missing.push(field) : (draft[field] = value);
  need('title', title?.value);
  need('start', start);
  need('end', end);
  need('allDay', allDay);
  if (!zoneProbe.hook) missing.push('timeZone');

  const location = chain(scope, 'location', sel.location, (el) => el as HTMLInputElement, probes);
  const description = chain(scope, 'description', sel.description, (el) => el, probes);
  if (location) draft.location = location.value;
  if (description) draft.description = plainText(description);

  // Repeat: read only where the page shows the chooser (the quick-add dialog has none).
  if (firstOf(scope, sel.repeatControls)) {
    const repeat = chain(scope, 'recurrence', sel.repeatSelected, repeatOf, probes);
    if (repeat?.rule) draft.recurrence = repeat;
    if (!repeat) missing.push('recurrence');
  }

  const eid = editor.kind === 'full' && sel.eventIdPath.exec(doc.location?.pathname ?? '')?.[1];
  if (eid) {
    try {
      draft.id = normalEventId(decodeURIComponent(eid));
    } catch {
      missing.push('id');
    }
  }
  return { draft, missing, probes };
}
