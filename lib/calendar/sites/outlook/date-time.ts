import { isShown } from '../../dom/nodes';
import type { Hook } from '../../dom/hook-chain';
import { parseLocalDate, parseLocalTime } from '../../dom/locale-date';
import { ALL_DAY, COMBOBOX, LOCATION_PICKER, timeField } from './selectors';

// Outlook shows the event's dates and times only as localized text in its pickers. Two links read
// them: the form's comboboxes in order (structure, any language), then the pickers by name (the
// English table). A value that does not parse is no reading at all: a guess here would make a
// meeting at the wrong time.

/** What the pickers show: ISO date "YYYY-MM-DD", time "HH:MM:SS"; the end date only when shown. */
export interface TimeParts {
  startDate: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
}

const attempt = (parse: () => string): string | null => {
  try {
    return parse();
  } catch {
    return null;
  }
};

/** A picker's text as a date ('d'), else a time ('t'), else nothing (''). */
function slot(el: Element, locale: string): [kind: string, value: string] {
  const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
  const date = attempt(() => parseLocalDate(text, locale, ''));
  const time = date ? null : attempt(() => parseLocalTime(text, locale, ''));
  return date ? ['d', date] : time ? ['t', time] : ['', ''];
}

const SHAPES: Record<string, (keyof TimeParts)[]> = {
  dtdt: ['startDate', 'startTime', 'endDate', 'endTime'],
  dtt: ['startDate', 'startTime', 'endTime'],
  // All day: the time pickers are gone, the end date shows.
  dd: ['startDate', 'endDate'],
};

/** The comboboxes' shape from the first date on: date, time, [date], time; or date, date when all day. */
export function partsFromShape(slots: [string, string][]): TimeParts | null {
  const from = slots.findIndex(([kind]) => kind === 'd');
  const rest = slots.slice(from);
  const kinds = rest.map(([kind]) => kind || 'x').join('');
  const shape = from < 0 ? undefined : /^d(tdt|tt|d)/.exec(kinds)?.[0];
  if (!shape) return null;
  return Object.fromEntries(SHAPES[shape]!.map((part, i) => [part, rest[i]![1]])) as unknown as TimeParts;
}

const NAMES = ['start date', 'start time', 'end date', 'end time'] as const;

/** The pickers' values read by their shape; null without a page language to read them by. */
const hook = (
  name: string,
  pickers: (scope: ParentNode) => Element[],
  locale: string | null,
): Hook<TimeParts> => ({
  name,
  find: (scope) => (locale ? partsFromShape(pickers(scope).map((el) => slot(el, locale))) : null),
});

export const timeHooks = (locale: string | null): Hook<TimeParts>[] => [
  hook(
    'comboboxes in order',
    (scope) =>
      [...scope.querySelectorAll(COMBOBOX)].filter((el) => !el.matches(LOCATION_PICKER) && isShown(el)),
    locale,
  ),
  // By name, in the same order: the shown ones must make the same shape (a start date named
  // "start time" is no reading, rather than half of one).
  hook(
    timeField('start date'),
    (scope) => NAMES.flatMap((name) => [...scope.querySelectorAll(timeField(name))].find(isShown) ?? []),
    locale,
  ),
];

/**
 * All day: the checkbox by its name (its `.checked`), then the pickers' shape (only dates, no time
 * pickers), which every language and older OWA show alike.
 */
export const allDayHooks = (parts: TimeParts | null): Hook<boolean>[] => [
  {
    name: ALL_DAY,
    find: (scope) => scope.querySelector<HTMLInputElement>(ALL_DAY)?.checked,
  },
  { name: 'pickers without times', find: () => parts && !parts.startTime && !parts.endTime },
];
