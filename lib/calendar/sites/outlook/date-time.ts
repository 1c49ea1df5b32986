import { CalendarFieldError } from '../../adapter';
import { isShown } from '../../dom';
import type { Hook } from '../../dom/hook-chain';
import { parseLocalDate, parseLocalTime } from '../../locale-date';
import { nameOf, outlook as sel } from './selectors';

// Outlook shows the event's dates and times only as localized text in its pickers. Two links read
// them: the form's comboboxes in order (structure, any language), then the pickers by name (the
// English label table). Each returns the parts it could parse, or null; a value that did not parse
// is kept as the reason, for the sentence readEvent gives.

/** What the pickers show: ISO date "YYYY-MM-DD", time "HH:MM:SS"; the end date only when shown. */
export interface TimeParts {
  startDate: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
}

type Slot = { kind: 'date' | 'time'; value: string };

const valueOf = (el: Element): string =>
  el instanceof HTMLInputElement ? el.value : (el.textContent ?? '').trim();

/** A picker's text read as a date, else a time, else nothing; the failure is kept in `errors`. */
function slot(text: string, locale: string, errors: CalendarFieldError[], field: string): Slot | null {
  try {
    return { kind: 'date', value: parseLocalDate(text, locale, field) };
  } catch (dateError) {
    try {
      return { kind: 'time', value: parseLocalTime(text, locale, field) };
    } catch {
      if (dateError instanceof CalendarFieldError) errors.push(dateError);
      return null;
    }
  }
}

/**
 * The comboboxes' shape, in order: date, time, [date], time for a timed event; date, date when
 * all day (the time pickers are gone). Any other shape, or a value that does not parse, is no
 * reading at all: a guess here would make a meeting at the wrong time.
 */
export function partsFromShape(slots: (Slot | null)[]): TimeParts | null {
  const at = slots.findIndex((s) => s?.kind === 'date');
  if (at === -1) return null;
  const [a, b, c, d] = slots.slice(at);
  const is = (s: Slot | null | undefined, kind: Slot['kind']): s is Slot => s?.kind === kind;
  const startDate = a!.value;
  if (is(b, 'time') && is(c, 'date') && is(d, 'time'))
    return { startDate, startTime: b.value, endDate: c.value, endTime: d.value };
  if (is(b, 'time') && is(c, 'time')) return { startDate, startTime: b.value, endTime: c.value };
  if (is(b, 'date')) return { startDate, endDate: b.value };
  return null;
}

export function timeHooks(locale: string | null, errors: CalendarFieldError[]): Hook<TimeParts>[] {
  return [
    {
      name: 'compose form comboboxes in order',
      find(scope) {
        if (!locale) return null;
        const fields = [...scope.querySelectorAll(sel.combobox)].filter(
          (el) => !el.matches(sel.locationPicker) && isShown(el),
        );
        const slots = fields.map((el) => slot(valueOf(el), locale, [], 'fieldStartAndEnd'));
        return partsFromShape(slots);
      },
    },
    {
      name: sel.namedTimeField(sel.timeNames.startDate),
      find(scope) {
        if (!locale) return null;
        // undefined: no such picker; null: a picker whose text did not parse (no reading at all).
        const read = (name: string, kind: Slot['kind'], field: string): string | null | undefined => {
          const el = [...scope.querySelectorAll(sel.namedTimeField(name))].find(isShown);
          if (!el) return undefined;
          const s = slot(valueOf(el), locale, errors, field);
          return s?.kind === kind ? s.value : null;
        };
        const startDate = read(sel.timeNames.startDate, 'date', 'fieldStartDate');
        const endDate = read(sel.timeNames.endDate, 'date', 'fieldEndDate');
        const startTime = read(sel.timeNames.startTime, 'time', 'fieldStartTime');
        const endTime = read(sel.timeNames.endTime, 'time', 'fieldEndTime');
        if (!startDate || endDate === null || startTime === null || endTime === null) return null;
        const parts: TimeParts = { startDate };
        if (endDate) parts.endDate = endDate;
        if (startTime) parts.startTime = startTime;
        if (endTime) parts.endTime = endTime;
        return parts;
      },
    },
  ];
}

const stateOf = (el: Element): boolean | null => {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked;
  const aria = el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed');
  return aria === 'true' ? true : aria === 'false' ? false : null;
};

/**
 * All day: the checkbox by its name, then the label table's label and its button (both say so
 * outright), then the pickers' shape (only dates, no time pickers), which any language shows.
 */
export function allDayHooks(parts: TimeParts | null): Hook<boolean>[] {
  return [
    {
      name: sel.allDay,
      find: (scope) => {
        const box = scope.querySelector(sel.allDay);
        return box ? stateOf(box) : null;
      },
    },
    {
      name: `${sel.allDayLabelText} "${sel.allDayLabels.join('" / "')}" -> its control`,
      find(scope) {
        for (const label of scope.querySelectorAll(sel.allDayLabelText)) {
          if (!(sel.allDayLabels as readonly string[]).includes(nameOf(label))) continue;
          const control =
            (label instanceof HTMLLabelElement && label.control) ||
            label.parentElement?.querySelector(sel.allDayControl);
          const state = control ? stateOf(control) : null;
          if (state !== null) return state;
        }
        return null;
      },
    },
    {
      name: 'date/time pickers without times',
      find: () => (parts ? !parts.startTime && !parts.endTime : null),
    },
  ];
}
