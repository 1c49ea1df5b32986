import { parseRecurrence } from './recurrence';
import type { CalendarEvent, PageEvent } from '../protocol/calendar-event';

/**
 * The event a content script sent, with its repeat rule read: the background's side of the
 * PageEvent / CalendarEvent split (types.ts). A rule that cannot be read throws the parser's
 * `invalid-request` error, whose sentence the calendar button shows.
 */
export function eventFromPage(page: PageEvent): CalendarEvent {
  const { recurrence, ...event } = page;
  if (!recurrence) return event;
  // The page's start date is the first occurrence: it fills in the week day or month day a rule
  // leaves implicit, and the zone turns a UTC end instant into the last local date.
  return { ...event, recurrence: parseRecurrence(recurrence.rule, event.start.slice(0, 10), event.timeZone) };
}
