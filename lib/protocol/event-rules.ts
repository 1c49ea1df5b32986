// The rules a CalendarEvent obeys, in one place without zod: the zod schema (types.ts, used by the
// background at the message door), the adapters' field readers (dom/read-fields.ts, in the lean content
// scripts) and the background's rule parser (lib/meetings/recurrence.ts) share them, so they cannot drift apart.
// zod/mini alone would add ~19 kB to a 25 kB content-script budget.

/** Wall-clock time in the event's own zone, no offset: what Zoom's `start_time` + `timezone` want. */
export const LOCAL_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
export const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Deliberately loose: the calendar already accepted the address; this only rejects garbage. */
export const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** The calendar sites' keys, each declared by its folder (sites/registry.ts; a test holds the two together). */
export const SITES = ['google', 'outlook'] as const;
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly'] as const;
export const MAX_INTERVAL = 999;
export const MAX_COUNT = 9999;

/** IANA names only ("Europe/Berlin", "UTC", "Etc/GMT+5"): Intl alone would also take "+01:00". */
const IANA_SHAPE = /^[A-Za-z][A-Za-z_]*(\/[A-Za-z0-9_+-]+)*$/;

/** True when the runtime knows the IANA zone (Intl throws a RangeError for unknown ones). */
export function isTimeZone(value: string): boolean {
  if (!IANA_SHAPE.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
