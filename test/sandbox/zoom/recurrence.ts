import type { Occurrence, Recurrence } from './state';
import { zoomTime } from './time';

const DAY = 86_400_000;
/** Zoom's ceiling on occurrences, and its default count when neither end is given. */
const MAX_OCCURRENCES = 60;
const DEFAULT_END_TIMES = 7;

/**
 * The occurrences of a recurring session. Daily, weekly (on `weekly_days`, 1 = Sunday) and monthly
 * (on `monthly_day`, or the start's day) cover what calendars send; the occurrence id is the start
 * time in epoch milliseconds, as Zoom's are.
 */
export function occurrencesFor(startMs: number, duration: number, rule: Recurrence): Occurrence[] {
  const interval = rule.repeat_interval ?? 1;
  const endTimes = Math.min(
    rule.end_times ?? (rule.end_date_time ? MAX_OCCURRENCES : DEFAULT_END_TIMES),
    MAX_OCCURRENCES,
  );
  const until = rule.end_date_time ? Date.parse(rule.end_date_time) : Number.POSITIVE_INFINITY;
  const starts: number[] = [];
  const push = (ms: number) => {
    if (ms >= startMs && ms <= until && starts.length < endTimes) starts.push(ms);
  };

  if (rule.type === 1) {
    for (let i = 0; starts.length < endTimes && i < MAX_OCCURRENCES * 2; i++)
      push(startMs + i * interval * DAY);
  } else if (rule.type === 2) {
    const days = (rule.weekly_days ?? String(new Date(startMs).getUTCDay() + 1))
      .split(',')
      .map((d) => Number(d) - 1);
    const weekStart = startMs - new Date(startMs).getUTCDay() * DAY;
    for (let week = 0; starts.length < endTimes && week < MAX_OCCURRENCES * 2; week += interval) {
      for (const day of [...days].sort()) push(weekStart + (week * 7 + day) * DAY);
    }
  } else {
    const first = new Date(startMs);
    const day = rule.monthly_day ?? first.getUTCDate();
    for (let i = 0; starts.length < endTimes && i < MAX_OCCURRENCES * 2; i++) {
      const d = new Date(first);
      d.setUTCDate(1);
      d.setUTCMonth(first.getUTCMonth() + i * interval);
      const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, lastDay));
      push(d.getTime());
    }
  }
  return starts.map((ms) => ({
    occurrence_id: String(ms),
    start_time: zoomTime(ms),
    duration,
    status: 'available',
  }));
}
