import { ApiError } from '../http/errors';
import { MAX_COUNT, MAX_INTERVAL, WEEKDAYS } from '../protocol/event-rules';
import type { MonthlyRule, Recurrence, RecurrenceEnd, Weekday } from '../protocol/calendar-event';

// Both pages keep the rule as RFC 5545 text behind their localized "Weekly on Tuesday" labels
// (see the selectors files), so one parser serves both. Anything it does not understand is an
// error, not a guess: a wrong rule would create a wrong series of meetings. It runs in the
// background (page-event.ts): the content scripts send the text, which keeps ~2.5 kB out of them.

const FREQ: Record<string, Recurrence['frequency']> = {
  DAILY: 'daily',
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
  YEARLY: 'yearly',
};
const KNOWN = new Set([
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYSETPOS',
  'UNTIL',
  'COUNT',
  'WKST',
  'BYMONTH',
]);

/** An `invalid-request` error: its sentence reaches the calendar button as the reason. */
const bad = (rule: string, problem: string) =>
  new ApiError({
    kind: 'invalid-request',
    message: `Could not read the event's recurrence: ${problem} in "${rule}".`,
  });

/** Day of week of a local date "YYYY-MM-DD" (calendar arithmetic, no time zone involved). */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** "20260630T215959Z" (UTC) or "20260630" (floating) -> the last local date in `timeZone`. */
function untilDate(value: string, timeZone: string, rule: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) throw bad(rule, `unreadable end date "${value}"`);
  const [, y, mo, d, h, mi, s, z] = m;
  if (!h || !z) return `${y}-${mo}-${d}`;
  const instant = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!, +s!));
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

function parseInt10(value: string | undefined, min: number, max: number, what: string, rule: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value ?? '') || n < min || n > max) throw bad(rule, `${what} "${value}" is out of range`);
  return n;
}

function parseDays(value: string, rule: string): { week?: number; day: Weekday }[] {
  return value.split(',').map((part) => {
    const m = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(part);
    if (!m) throw bad(rule, `unknown week day "${part}"`);
    return m[1] ? { week: Number(m[1]), day: m[2] as Weekday } : { day: m[2] as Weekday };
  });
}

function monthlyRule(parts: Map<string, string>, start: string, rule: string): MonthlyRule {
  const byDay = parts.get('BYDAY');
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) return { by: 'day', day: parseInt10(byMonthDay, 1, 31, 'month day', rule) };
  if (byDay === undefined) return { by: 'day', day: Number(start.slice(8, 10)) };
  const days = parseDays(byDay, rule);
  const setPos = parts.get('BYSETPOS');
  const first = days[0];
  const week = setPos !== undefined ? Number(setPos) : first?.week;
  if (days.length !== 1 || !first || week === undefined || !(week === -1 || (week >= 1 && week <= 5))) {
    throw bad(rule, 'a monthly rule on several or unnumbered week days cannot be read');
  }
  return { by: 'weekday', week, weekDay: first.day };
}

/**
 * Parses the page's rule text ("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10"). `start` is the first
 * occurrence's local date, which fills in what the rule leaves implicit (the week day, the month day).
 */
export function parseRecurrence(text: string, start: string, timeZone: string): Recurrence {
  const lines = text.trim().split(/\s*\n\s*/);
  const rule = lines.find((l) => /^RRULE:/i.test(l));
  if (!rule || lines.length !== 1) throw bad(text, 'only a single RRULE without exceptions can be read');
  const parts = new Map<string, string>();
  for (const pair of rule.slice(6).split(';')) {
    const [key = '', value = ''] = pair.split('=');
    if (!KNOWN.has(key.toUpperCase()) || !value) throw bad(rule, `unknown part "${pair}"`);
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const frequency = FREQ[parts.get('FREQ') ?? ''];
  if (!frequency) throw bad(rule, 'unknown frequency');
  const interval = parts.has('INTERVAL')
    ? parseInt10(parts.get('INTERVAL'), 1, MAX_INTERVAL, 'interval', rule)
    : 1;
  if (parts.has('UNTIL') && parts.has('COUNT')) throw bad(rule, 'both an end date and a count');
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  const end: RecurrenceEnd = until
    ? { type: 'until', until: untilDate(until, timeZone, rule) }
    : count
      ? { type: 'count', count: parseInt10(count, 1, MAX_COUNT, 'count', rule) }
      : { type: 'never' };
  const result: Recurrence = { frequency, interval, end, rule };
  if (frequency === 'weekly') {
    const byDay = parts.get('BYDAY');
    const days = byDay ? parseDays(byDay, rule) : [{ day: weekdayOf(start) }];
    if (days.some((d) => d.week !== undefined)) throw bad(rule, 'numbered week days in a weekly rule');
    result.byWeekDays = days.map((d) => d.day);
  } else if (frequency === 'monthly') {
    result.monthly = monthlyRule(parts, start, rule);
  } else if (parts.has('BYDAY') || parts.has('BYMONTHDAY') || parts.has('BYSETPOS')) {
    if (frequency === 'daily') throw bad(rule, 'a daily rule limited to some days cannot be read');
  }
  return result;
}
