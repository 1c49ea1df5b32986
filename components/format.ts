// Dates and durations in the person's locale and time zone (the browser's), through Intl.

// Building an Intl formatter costs about a millisecond (its locale data is loaded and resolved);
// formatting with one is cheap. The popup formats every row on its first render, so each formatter
// is made once per locale and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function formatWhen(iso: string | undefined, locale?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return memo(
    `when:${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

export function formatDuration(minutes: number | undefined, locale?: string): string {
  if (minutes === undefined || minutes <= 0) return '';
  const unit = (value: number, u: 'hour' | 'minute') =>
    memo(
      `${u}:${locale ?? ''}`,
      () => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }),
    ).format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(rest, 'minute');
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** `yyyy-MM-dd` of a date in the person's zone, as `<input type="date">` wants it. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local calendar day's first or last instant, as an ISO string (the zone's offset applied). */
export function dayBound(day: string, end: boolean): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = end ? new Date(y, m - 1, d, 23, 59, 59) : new Date(y, m - 1, d, 0, 0, 0);
  return date.toISOString();
}
