/** Zoom writes times as `yyyy-MM-ddTHH:mm:ssZ`: UTC, no milliseconds. */
export function zoomTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Reads a start time as Zoom does: with `Z` or an offset it is absolute; without one it is a wall
 * clock time in the meeting's time zone.
 */
export function parseStartTime(text: string, timeZone: string): number {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return Date.parse(text);
  const asUtc = Date.parse(`${text}Z`);
  // Two passes settle the offset even when the guess falls on the other side of a DST change.
  let ms = asUtc - zoneOffset(asUtc, timeZone);
  ms = asUtc - zoneOffset(ms, timeZone);
  return ms;
}

/** How far `timeZone` is ahead of UTC at `ms`, in milliseconds. */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "Mar 25, 2022 03:32 PM Europe/Paris", the way Zoom's invitation writes the time. */
export function invitationTime(ms: number, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: true,
  }).format(new Date(ms));
  return `${text.replace(' at ', ' ').replace(/(\d{4}),/, '$1')} ${timeZone}`;
}
