import { fieldError } from '../adapter';
import { isoDate, isoTime } from './read-fields';

// Outlook shows dates and times only as localized text ("Tue 3/10/2026", "2026/03/10 (火)",
// "9:30 PM", "午後9:30"). Intl tells how the page's own locale orders the parts and names the
// months and day periods, so the text is read by that locale's rules, never by a guessed one.

const SAMPLE = new Date(Date.UTC(2001, 10, 22, 9, 0)); // 22 Nov 2001, 09:00 UTC: every part distinct

function partOrder(locale: string): ('year' | 'month' | 'day')[] {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  })
    .formatToParts(SAMPLE)
    .map((p) => p.type);
  return parts.filter((t): t is 'year' | 'month' | 'day' => t === 'year' || t === 'month' || t === 'day');
}

function monthFromName(text: string, locale: string): number | undefined {
  const lower = text.toLocaleLowerCase(locale);
  for (const style of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      month: style,
    });
    for (let m = 12; m >= 1; m--) {
      const name = format
        .format(new Date(Date.UTC(2001, m - 1, 15)))
        .toLocaleLowerCase(locale)
        .replace(/\.$/, '');
      if (name && lower.includes(name)) return m;
    }
  }
  return undefined;
}

/** "3/10/2026" in en-US, "10.3.2026" in de, "2026/03/10" in ja -> "2026-03-10". */
export function parseLocalDate(text: string, locale: string, field: string): string {
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  const order = partOrder(locale);
  const value: Partial<Record<'year' | 'month' | 'day', number>> = {};
  if (numbers.length === 3) order.forEach((part, i) => (value[part] = numbers[i]));
  else if (numbers.length === 2) {
    value.month = monthFromName(text, locale);
    order.filter((p) => p !== 'month').forEach((part, i) => (value[part] = numbers[i]));
  }
  const date = value.year && value.month && value.day ? isoDate(value.year, value.month, value.day) : null;
  if (!date) throw fieldError(field, 'problemNotALocalDate', text, locale);
  return date;
}

function dayPeriods(locale: string): { am: string; pm: string } | null {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    hour: 'numeric',
    hour12: true,
  });
  const period = (h: number) =>
    format.formatToParts(new Date(Date.UTC(2001, 10, 22, h))).find((p) => p.type === 'dayPeriod')?.value;
  const am = period(9);
  const pm = period(21);
  return am && pm && am !== pm
    ? { am: am.toLocaleLowerCase(locale), pm: pm.toLocaleLowerCase(locale) }
    : null;
}

/** "9:30 PM" in en-US, "21:30" in de, "午後9:30" in ja -> "21:30:00". */
export function parseLocalTime(text: string, locale: string, field: string): string {
  const m = /(\d{1,2})\s*[:.h時]\s*(\d{2})/.exec(text);
  const lower = text.toLocaleLowerCase(locale);
  const periods = dayPeriods(locale);
  const isPm = periods ? lower.includes(periods.pm) || /\bpm\b/.test(lower) : false;
  const isAm = periods ? lower.includes(periods.am) || /\bam\b/.test(lower) : false;
  let hour = m ? Number(m[1]) : Number.NaN;
  if (isPm !== isAm) {
    if (hour < 1 || hour > 12) hour = Number.NaN;
    else hour = (hour % 12) + (isPm ? 12 : 0);
  }
  const time = m && isoTime(hour, Number(m[2]));
  if (!time) throw fieldError(field, 'problemNotALocalTime', text, locale);
  return time;
}
