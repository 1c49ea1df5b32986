import type { EditorHandle, EventDraft, EventReading } from '../../adapter';
import { isShown, plainText } from '../../dom';
import { bySelector, type EventField, type FieldProbe, type Hook, readChain } from '../../dom/hook-chain';
import { EMAIL, isTimeZone } from '../../event-rules';
import { clockValue, dateValue, type FieldProblem, nextDay } from '../../read-fields';
import type { Guest } from '../../types';
import { normalEventId } from './event-id';
import { type AttrLink, google as sel } from './selectors';

// Reads the editor field by field, each through its chain (selectors.ts). Nothing here throws for
// a field it cannot read: the field goes to `missing`, with the reason kept for readEvent's sentence.

type Problems = Partial<Record<EventField, FieldProblem>>;

export interface GoogleReading {
  reading: EventReading;
  problems: Problems;
}

const firstOf = (scope: ParentNode, selectors: readonly string[]): Element | null => {
  for (const s of selectors) {
    const el = scope.querySelector(s);
    if (el) return el;
  }
  return null;
};

/** A chain over attributes; a value that is there but unreadable goes to `bad`, for the sentence. */
function attrChain<T>(
  links: readonly AttrLink[],
  parse: (raw: string) => T | null,
  bad: string[],
): Hook<T>[] {
  return links.map(([selector, attr]) => ({
    name: `${selector} @${attr}`,
    find(scope) {
      const raw = scope.querySelector(selector)?.getAttribute(attr);
      if (!raw) return null;
      const value = parse(raw);
      if (value === null) bad.push(raw);
      return value;
    },
  }));
}

const ALL_DAY: Hook<boolean>[] = [
  {
    name: `${sel.allDayAria} @aria-checked`,
    find: (s) => {
      const checked = s.querySelector(sel.allDayAria)?.getAttribute('aria-checked');
      return checked === 'true' || checked === 'false' ? checked === 'true' : null;
    },
  },
  {
    name: `${sel.allDayInput} .checked`,
    find: (s) => s.querySelector<HTMLInputElement>(sel.allDayInput)?.checked,
  },
  {
    // The quick-add dialog has no checkbox: an all-day event there simply shows no times.
    name: 'start time shown',
    find: (s) => {
      const time = firstOf(s, sel.startTimeShown);
      return time ? !isShown(time) : null;
    },
  },
];

/** One end of the event, "YYYY-MM-DDTHH:MM:SS", as one probe (its date hook + its time hook). */
function readWhen(
  scope: ParentNode,
  which: 'start' | 'end',
  allDay: boolean | null,
  probes: FieldProbe[],
  problems: Problems,
): string | undefined {
  const start = which === 'start';
  const [dateKey, timeKey] = start ? ['fieldStartDate', 'fieldStartTime'] : ['fieldEndDate', 'fieldEndTime'];
  const badDate: string[] = [];
  const badTime: string[] = [];
  const own: FieldProbe[] = [];
  const date = readChain(
    scope,
    which,
    attrChain(start ? sel.startDate : sel.endDate, dateValue, badDate),
    own,
  );
  const time = allDay
    ? null
    : readChain(scope, which, attrChain(start ? sel.startTime : sel.endTime, clockValue, badTime), own);
  const found = date && (allDay || time);
  probes.push({
    field: which,
    hook: found ? own.map((p) => p.hook).join(' + ') : null,
    tried: own.flatMap((p) => p.tried),
  });
  if (!date)
    problems[which] = badDate[0] ? [dateKey, 'problemNotADate', badDate[0]] : [dateKey, 'problemNotOnPage'];
  else if (!found)
    problems[which] = badTime[0] ? [timeKey, 'problemNotATime', badTime[0]] : [timeKey, 'problemNotOnPage'];
  if (!date || !found) return undefined;
  // An all-day event ends when the day after its last day begins.
  if (allDay) return start ? `${date}T00:00:00` : `${nextDay(date)}T00:00:00`;
  return `${date}T${time}`;
}

/** The IANA id a shown zone names: the id itself, inside its label, or by the page's own table. */
function zoneNamed(text: string, doc: Document): string | null {
  if (isTimeZone(text)) return text;
  const inside = /[A-Za-z]+(?:\/[A-Za-z_-]+)+/.exec(text)?.[0];
  if (inside && isTimeZone(inside)) return inside;
  try {
    const table: unknown = JSON.parse(doc.querySelector(sel.zoneTable)?.textContent ?? 'null');
    const rows = Array.isArray(table) && Array.isArray(table[0]) ? (table[0] as unknown[]) : [];
    for (const row of rows) {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') continue;
      const [id, label] = row as [string, string];
      if ((label === text || label.endsWith(`) ${text}`)) && isTimeZone(id)) return id;
    }
  } catch {
    // No table, or not JSON: the label stays unread.
  }
  return null;
}

function readZone(scope: ParentNode, doc: Document, probes: FieldProbe[], problems: Problems) {
  const shown: string[] = [];
  const text = (selector: string) => scope.querySelector(selector)?.textContent?.trim();
  const hooks: Hook<string>[] = [
    ...sel.eventZone.map((selector) => ({
      name: selector,
      find: () => {
        const t = text(selector);
        if (!t) return null;
        shown.push(t);
        return zoneNamed(t, doc);
      },
    })),
    // The "Time zone" button's text is its label unless it names the zone (Zoom-old reads it so).
    { name: sel.zoneButton, find: () => zoneNamed(text(sel.zoneButton) ?? '', doc) },
  ];
  const own: FieldProbe[] = [];
  const zone = readChain(scope, 'timeZone', hooks, own);
  if (zone) {
    probes.push(...own);
    return { timeZone: zone, timeZoneSource: 'event' as const };
  }
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const tried = [...own[0]!.tried, 'browser zone'];
  // A zone the page shows but that cannot be read is not replaced by a guess: the person confirms.
  if (shown[0] || !isTimeZone(browser)) {
    probes.push({ field: 'timeZone', hook: null, tried });
    problems.timeZone = ['fieldTimeZone', 'problemUnknownTimeZone', shown[0] ?? browser];
    return isTimeZone(browser) ? { timeZone: browser, timeZoneSource: 'calendar' as const } : null;
  }
  probes.push({ field: 'timeZone', hook: 'browser zone', tried });
  return { timeZone: browser, timeZoneSource: 'calendar' as const };
}

/** The selected repeat option: null rule for "does not repeat", undefined when unreadable. */
function repeatValue(raw: string): { rule: string | null } | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return null;
    if (!value[1]) return { rule: null };
    const rule = value.find((v): v is string => typeof v === 'string' && /^RRULE:/i.test(v));
    return rule ? { rule } : null;
  } catch {
    return null;
  }
}

function guestsFrom(
  elements: Iterable<Element>,
  email: (el: Element) => string | null,
  name: (el: Element) => string | undefined,
) {
  const guests: Guest[] = [];
  for (const el of elements) {
    const address = email(el)?.trim() ?? '';
    // An entry that is not an address (a group, a room) is not someone to register.
    if (!EMAIL.test(address) || guests.some((g) => g.email.toLowerCase() === address.toLowerCase())) continue;
    const shown = name(el)?.trim();
    guests.push(shown && shown !== address ? { email: address, name: shown } : { email: address });
  }
  return guests.length ? guests : null;
}

const GUESTS: Hook<Guest[]>[] = [
  {
    name: sel.guestRows,
    find: (s) =>
      guestsFrom(
        s.querySelectorAll(sel.guestRows),
        (row) => row.getAttribute('data-email'),
        (row) =>
          row.querySelector('[data-hovercard-id]')?.textContent ??
          row.getAttribute('aria-label') ??
          undefined,
      ),
  },
  {
    name: sel.guestCards,
    find: (s) =>
      guestsFrom(
        s.querySelectorAll(sel.guestCards),
        (card) => card.getAttribute('data-hovercard-id'),
        (card) => card.textContent ?? undefined,
      ),
  },
];

const TITLE = sel.title.map((s) => bySelector<HTMLInputElement>(s));
const LOCATION = sel.location.map((s) => bySelector<HTMLInputElement>(s));
export const DESCRIPTION = sel.description.map((s) => bySelector(s));

export function readGoogle(editor: EditorHandle): GoogleReading {
  const scope = editor.element;
  const doc = scope.ownerDocument;
  const probes: FieldProbe[] = [];
  const problems: Problems = {};
  const title = readChain(scope, 'title', TITLE, probes);
  const allDay = readChain(scope, 'allDay', ALL_DAY, probes);
  const start = readWhen(scope, 'start', allDay, probes, problems);
  const end = readWhen(scope, 'end', allDay, probes, problems);
  const zone = readZone(scope, doc, probes, problems);
  const location = readChain(scope, 'location', LOCATION, probes);
  const description = readChain(scope, 'description', DESCRIPTION, probes);
  const draft: EventDraft = {
    site: 'google',
    ...(title && { title: title.value }),
    ...(start && { start }),
    ...(end && { end }),
    ...(allDay !== null && { allDay }),
    ...zone,
    guests: readChain(scope, 'guests', GUESTS, probes) ?? [],
    description: description ? plainText(description) : '',
    location: location?.value ?? '',
  };
  const missing: EventField[] = [];
  if (!title) missing.push('title');
  if (!start) missing.push('start');
  if (!end) missing.push('end');
  if (allDay === null) missing.push('allDay');
  if (!zone || problems.timeZone) missing.push('timeZone');

  // Repeat: read only where the page shows the chooser (the quick-add dialog has none).
  if (firstOf(scope, sel.repeatControls)) {
    const bad: string[] = [];
    const hooks = attrChain(
      sel.repeatSelected.map((s) => [s, 'data-value'] as const),
      repeatValue,
      bad,
    );
    const repeat = readChain(scope, 'recurrence', hooks, probes);
    if (repeat?.rule) draft.recurrence = { rule: repeat.rule };
    if (!repeat) {
      missing.push('recurrence');
      problems.recurrence = ['fieldRecurrence', 'problemUnreadable'];
    }
  }

  if (editor.kind === 'full') {
    const eid = sel.eventIdPath.exec(doc.location?.pathname ?? '')?.[1];
    probes.push({
      field: 'id',
      hook: eid ? 'address /eventedit/<eid>' : null,
      tried: ['address /eventedit/<eid>'],
    });
    if (eid) {
      try {
        draft.id = normalEventId(decodeURIComponent(eid));
      } catch {
        problems.id = ['fieldId', 'problemGarbledId'];
        missing.push('id');
      }
    }
  }
  return { reading: { draft, missing, probes }, problems };
}
