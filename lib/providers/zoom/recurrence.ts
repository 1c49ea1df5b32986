import { ApiError } from '../../http/errors';
import type { Recurrence as ZoomRecurrence } from './schemas/common';
import type { MonthlyRule, Recurrence, Weekday } from '../../protocol/calendar-event';
import { utcDateTime, zonedTimeToEpoch } from '../../meetings/zoned-time';

// A calendar's repetition as Zoom's type-8 `recurrence`, or a sentence saying why Zoom cannot hold
// it. Never a guess: a wrong rule would put a wrong series of meetings in people's calendars.

/**
 * repeat_interval at most 99 days, 50 weeks or 10 months; at most 60 occurrences
 * (docs/api/zoom-meetings-api-reference.txt).
 */
export const ZOOM_LIMITS = { daily: 99, weekly: 50, monthly: 10, occurrences: 60 } as const;

const DAY_MS = 86_400_000;
const WEEKDAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const UNIT = { daily: 'days', weekly: 'weeks', monthly: 'months' } as const;

const refuse = (message: string) => new ApiError({ kind: 'invalid-request', message });

/** Days since 1970-01-01 of a local date `YYYY-MM-DD` (calendar arithmetic; no zone involved). */
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (y: number, m: number, d: number) => Date.UTC(y, m, d) / DAY_MS;
const weekdayIndex = (day: number) => new Date(day * DAY_MS).getUTCDay();

/** The day of the month of the `week`-th (1..4, or -1 for last) `weekDay` of month `m` of year `y`. */
function nthWeekday(y: number, m: number, week: number, weekDay: number): number {
  if (week === -1) {
    const last = dateOf(y, m + 1, 0);
    return last - ((weekdayIndex(last) - weekDay + 7) % 7);
  }
  const first = dateOf(y, m, 1);
  return first + ((weekDay - weekdayIndex(first) + 7) % 7) + (week - 1) * 7;
}

/** The occurrences' days from the first, in order; the caller stops reading when it has enough. */
function* occurrenceDays(r: Recurrence, start: string, monthly: MonthlyRule, days: Weekday[]) {
  const first = dayNumber(start);
  const [y, m] = start.split('-').map(Number) as [number, number];
  for (let step = 0; step < 10_000; step++) {
    const n = step * r.interval;
    if (r.frequency === 'daily') yield first + n;
    else if (r.frequency === 'weekly') {
      const weekStart = first - weekdayIndex(first) + n * 7;
      for (const i of days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b))
        if (weekStart + i >= first) yield weekStart + i;
    } else {
      const day =
        monthly.by === 'day'
          ? dateOf(y, m - 1 + n, monthly.day)
          : nthWeekday(y, m - 1 + n, monthly.week, WEEKDAYS.indexOf(monthly.weekDay));
      // A month without that day (the 31st of April) has no occurrence, as in the calendar.
      const inMonth = new Date(day * DAY_MS).getUTCMonth() === (((m - 1 + n) % 12) + 12) % 12;
      if (inMonth && day >= first) yield day;
    }
  }
}

function countUntil(days: Iterable<number>, last: number, cap: number): number {
  let count = 0;
  for (const day of days) {
    if (day > last || count > cap) break;
    count++;
  }
  return count;
}

/** `start`: the first occurrence's local date and time; `timeZone`: the event's zone. */
export function zoomRecurrence(r: Recurrence, start: string, timeZone: string): ZoomRecurrence {
  if (r.frequency === 'yearly') {
    throw refuse('Zoom cannot repeat a meeting every year. Use a monthly repetition, or one event per year.');
  }
  const max = ZOOM_LIMITS[r.frequency];
  if (r.interval > max) {
    throw refuse(
      `Zoom can repeat a meeting at most every ${max} ${UNIT[r.frequency]}; this event repeats every ${r.interval}.`,
    );
  }
  const startDate = start.slice(0, 10);
  const days = r.byWeekDays ?? [WEEKDAYS[weekdayIndex(dayNumber(startDate))]!];
  const monthly: MonthlyRule = r.monthly ?? { by: 'day', day: Number(startDate.slice(8, 10)) };
  const out: ZoomRecurrence = { type: r.frequency === 'daily' ? 1 : r.frequency === 'weekly' ? 2 : 3 };
  out.repeat_interval = r.interval;
  if (r.frequency === 'weekly') {
    out.weekly_days = [...new Set(days.map((d) => WEEKDAYS.indexOf(d) + 1))].sort((a, b) => a - b).join(',');
  } else if (r.frequency === 'monthly') {
    if (monthly.by === 'day') out.monthly_day = monthly.day;
    else if (monthly.week === 5) {
      throw refuse('Zoom cannot repeat a meeting on the fifth week day of a month. Use "last" instead.');
    } else {
      out.monthly_week = monthly.week as -1 | 1 | 2 | 3 | 4;
      out.monthly_week_day = WEEKDAYS.indexOf(monthly.weekDay) + 1;
    }
  }
  const limit = ZOOM_LIMITS.occurrences;
  const tooMany = `Zoom allows at most ${limit} occurrences of a recurring meeting; end the repetition sooner.`;
  if (r.end.type === 'never') {
    throw refuse(`Zoom's recurring meetings need an end: set an end date or at most ${limit} occurrences.`);
  }
  if (r.end.type === 'count') {
    if (r.end.count > limit) throw refuse(tooMany);
    out.end_times = r.end.count;
    return out;
  }
  if (r.end.until < startDate) throw refuse('The repetition ends before the event starts.');
  const count = countUntil(occurrenceDays(r, startDate, monthly, days), dayNumber(r.end.until), limit);
  if (count > limit) throw refuse(tooMany);
  if (count === 0) throw refuse('The repetition has no occurrence before its end date.');
  // Zoom wants UTC; the calendar's last day ends at midnight in the event's zone.
  out.end_date_time = utcDateTime(zonedTimeToEpoch(`${r.end.until}T23:59:59`, timeZone));
  return out;
}
