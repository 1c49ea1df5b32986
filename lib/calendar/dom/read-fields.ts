import { type EventReading, fieldError } from '../adapter';
import { EMAIL, isTimeZone } from '../../protocol/event-rules';
import type { Guest, PageEvent } from '../../protocol/calendar-event';

// Field readers both adapters use. Each one returns what the page shows or throws a sentence
// naming the field; none of them fills a gap with a default. `field` is the field's message key
// ("fieldStartDate"), which the sentence names it by.

/** The element, or a CalendarFieldError naming the field that is missing. */
export function required<T extends Element = HTMLElement>(
  scope: ParentNode,
  selector: string,
  field: string,
): T {
  const el = scope.querySelector<T>(selector);
  if (!el) throw fieldError(field, 'problemNotOnPage');
  return el;
}

/** A real calendar date from its parts, "YYYY-MM-DD", or null (month 13, February 30, ...). */
export function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isoTime(h: number, m: number): string | null {
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 23 || m < 0 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
}

/** The next calendar day: all-day events end at the start of the day after their last day. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** iCalendar "20260310" -> "2026-03-10". */
export function icalDate(value: string | null, field: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value ?? '');
  const date = m && isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) throw fieldError(field, 'problemNotADate', value ?? '');
  return date;
}

/** iCalendar "T093000" -> "09:30:00". */
export function icalTime(value: string | null, field: string): string {
  const m = /^T(\d{2})(\d{2})(\d{2})?$/.exec(value ?? '');
  const time = m && isoTime(Number(m[1]), Number(m[2]));
  if (!time) throw fieldError(field, 'problemNotATime', value ?? '');
  return time;
}

/** Guests from rows carrying `data-email`; the visible name is the person's own, not translated. */
export function readGuests(scope: ParentNode, rowSelector: string, nameSelector: string): Guest[] {
  const guests: Guest[] = [];
  for (const row of scope.querySelectorAll(rowSelector)) {
    const email = row.getAttribute('data-email')?.trim() ?? '';
    if (!EMAIL.test(email)) throw fieldError('fieldGuests', 'problemNotAnEmail', email);
    if (guests.some((g) => g.email.toLowerCase() === email.toLowerCase())) continue;
    const name = row.querySelector(nameSelector)?.textContent?.trim();
    guests.push(name && name !== email ? { email, name } : { email });
  }
  return guests;
}

/**
 * The rule text behind the repeat chooser, as the page holds it; an empty value means "does not
 * repeat". The background reads the rule (lib/meetings/recurrence.ts) and refuses one it cannot.
 */
export function readRecurrence(scope: ParentNode, selector: string, attr: string): PageEvent['recurrence'] {
  const rule = scope.querySelector(selector)?.getAttribute(attr)?.trim();
  return rule ? { rule } : undefined;
}

/** The page's event id from its address, when the pattern matches. */
export function idFromPath(doc: Document, pattern: RegExp): string | undefined {
  const m = pattern.exec(doc.location?.pathname ?? '');
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    throw fieldError('fieldId', 'problemGarbledId');
  }
}

/** The IANA zone, checked before anything (recurrence end dates) is computed in it. */
export function timeZoneValue(value: string | null | undefined): string {
  if (!value) throw fieldError('fieldTimeZone', 'problemNoTimeZone');
  if (!isTimeZone(value)) throw fieldError('fieldTimeZone', 'problemUnknownTimeZone', value);
  return value;
}

/** "20260310" -> "2026-03-10", or null for anything else (a chain then tries its next hook). */
export function dateValue(raw: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** "T173000", "17:30" or "5:30pm" -> "17:30:00", or null. */
export function clockValue(raw: string): string | null {
  const m = /^T?(\d\d?):?(\d\d)(\d\d)?\s*(?:([ap])\.?m?\.?)?$/i.exec(raw.trim());
  const hour = Number(m?.[1]);
  // "am"/"pm" only with hours 1..12; isoTime refuses what is not a time of day.
  const h24 = m?.[4] ? (hour < 1 || hour > 12 ? NaN : (hour % 12) + (/p/i.test(m[4]) ? 12 : 0)) : hour;
  return m ? isoTime(h24, Number(m[2])) : null;
}

/**
 * The complete event from a reading, or a CalendarFieldError naming the first missing field
 * ("fieldStart" for `start`): a value that is absent and one that is garbled are alike unreadable.
 */
export function eventFromReading({ draft, missing }: EventReading): PageEvent {
  const [first] = missing;
  if (first) throw fieldError(`field${first[0]!.toUpperCase()}${first.slice(1)}`, 'problemUnreadable');
  // With nothing missing, every field the event needs was read (the readers' contract).
  const { timeZoneSource: _source, ...event } = draft;
  return event as PageEvent;
}
