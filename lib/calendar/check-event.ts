import { fieldError } from './adapter';
import {
  EMAIL,
  FREQUENCIES,
  isTimeZone,
  LOCAL_DATE,
  LOCAL_DATE_TIME,
  MAX_COUNT,
  MAX_INTERVAL,
  SITES,
  WEEKDAYS,
} from './event-rules';
import type { CalendarEvent, Recurrence } from './types';

// The content scripts' stand-in for CalendarEventSchema.parse: the same rules (event-rules.ts)
// checked by hand, since zod would blow the content-script budget. A unit test runs both on the same
// samples so they agree.

const isInt = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
const has = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);

function checkRecurrence(r: Recurrence): void {
  const bad = (problem: string) => fieldError('recurrence', problem);
  if (!has(FREQUENCIES, r.frequency)) throw bad(`unknown frequency "${r.frequency}"`);
  if (!isInt(r.interval, 1, MAX_INTERVAL)) throw bad(`interval ${r.interval} is out of range`);
  if (typeof r.rule !== 'string' || !r.rule) throw bad('the rule text is missing');
  if (r.byWeekDays !== undefined) {
    if (r.frequency !== 'weekly') throw bad('week days are only for weekly rules');
    if (r.byWeekDays.length === 0 || !r.byWeekDays.every((d) => has(WEEKDAYS, d))) throw bad('bad week days');
  }
  if (r.monthly !== undefined) {
    if (r.frequency !== 'monthly') throw bad('a month rule is only for monthly rules');
    const m = r.monthly;
    const ok =
      m.by === 'day'
        ? isInt(m.day, 1, 31)
        : m.by === 'weekday' && (m.week === -1 || isInt(m.week, 1, 5)) && has(WEEKDAYS, m.weekDay);
    if (!ok) throw bad('bad monthly rule');
  }
  const end = r.end;
  const endOk =
    end.type === 'never' ||
    (end.type === 'until' && LOCAL_DATE.test(end.until)) ||
    (end.type === 'count' && isInt(end.count, 1, MAX_COUNT));
  if (!endOk) throw bad('bad end of recurrence');
}

/** Returns the event when it keeps every rule of CalendarEventSchema; throws CalendarFieldError. */
export function checkCalendarEvent(e: CalendarEvent): CalendarEvent {
  if (!has(SITES, e.site)) throw fieldError('site', `unknown site "${e.site}"`);
  if (e.id !== undefined && (typeof e.id !== 'string' || !e.id)) throw fieldError('id', 'empty id');
  if (typeof e.title !== 'string') throw fieldError('title', 'not text');
  if (!LOCAL_DATE_TIME.test(e.start)) throw fieldError('start', `"${e.start}" is not a date and time`);
  if (!LOCAL_DATE_TIME.test(e.end)) throw fieldError('end', `"${e.end}" is not a date and time`);
  if (e.end < e.start) throw fieldError('end', 'the event ends before it starts');
  if (!isTimeZone(e.timeZone)) throw fieldError('time zone', `"${e.timeZone}" is not a known time zone`);
  if (typeof e.allDay !== 'boolean') throw fieldError('all-day setting', 'not a yes/no value');
  if (e.recurrence !== undefined) checkRecurrence(e.recurrence);
  if (!Array.isArray(e.guests)) throw fieldError('guests', 'not a list');
  for (const g of e.guests) {
    if (!EMAIL.test(g.email)) throw fieldError('guests', `"${g.email}" is not an e-mail address`);
    if (g.name !== undefined && (typeof g.name !== 'string' || !g.name))
      throw fieldError('guests', 'empty name');
  }
  if (typeof e.description !== 'string') throw fieldError('description', 'not text');
  if (typeof e.location !== 'string') throw fieldError('location', 'not text');
  return e;
}
