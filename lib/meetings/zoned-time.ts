// Wall-clock times in an IANA zone to instants, with Intl alone (no date library in the bundle).
// A calendar event's start and end are wall-clock times in the event's zone; the minutes between
// them are real minutes, so an event across a daylight-saving change is an hour shorter or longer
// than its clock times suggest.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far `timeZone` is ahead of UTC at the instant `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant of a wall-clock time `YYYY-MM-DDTHH:mm:ss` in `timeZone`. Like Temporal's
 * "compatible" choice: a time that happens twice (clocks go back) is the earlier one; a time that
 * never happens (clocks go forward) moves forward by the gap, as calendars do.
 */
export function zonedTimeToEpoch(local: string, timeZone: string): number {
  const wall = Date.parse(`${local}Z`);
  if (Number.isNaN(wall)) throw new RangeError(`Not a date and time: "${local}"`);
  // The offsets a day either side cover any single transition near this time.
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const fits = [before, after].filter((offset) => zoneOffsetMs(wall - offset, timeZone) === offset);
  if (fits.length > 0) return wall - Math.max(...fits);
  return wall - before;
}

/** Real minutes from `start` to `end`, both wall-clock times in `timeZone`. */
export function minutesBetween(start: string, end: string, timeZone: string): number {
  return (zonedTimeToEpoch(end, timeZone) - zonedTimeToEpoch(start, timeZone)) / 60_000;
}

/** `2026-06-30T21:59:00Z`: the UTC form Zoom wants for `end_date_time`. */
export function utcDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
