import type { UpcomingItem } from '../protocol/popup';

const startOf = (i: UpcomingItem) => (i.startTime ? Date.parse(i.startTime) : Number.POSITIVE_INFINITY);

/** When an event is over; one without a start time never is (a recurring meeting with no fixed time). */
export const endsAt = (i: UpcomingItem) =>
  i.startTime ? Date.parse(i.startTime) + (i.durationMinutes ?? 0) * 60_000 : Number.POSITIVE_INFINITY;

/** Soonest first; same start by topic; no start time last. The order of every "Upcoming" list. */
export function bySoonest(a: UpcomingItem, b: UpcomingItem): number {
  return startOf(a) - startOf(b) || a.topic.localeCompare(b.topic);
}

/** Several accounts' lists as one, soonest first, whatever provider each row comes from. */
export function mergeUpcoming<T extends UpcomingItem>(...lists: readonly (readonly T[])[]): T[] {
  return lists.flat().sort(bySoonest);
}
