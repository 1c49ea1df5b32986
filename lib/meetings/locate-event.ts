import type { EventLinkEntry } from './link-items';
import { type CalendarEventRef, eventKey, type LinkStore } from './link-store';

/**
 * An event's meeting. `entry`: the one linked to it (by its id, or a new event's meeting bound to
 * the tab asking). `candidate`: a stored meeting whose join link is only in its location, which
 * anyone can paste there (another event's link, a page script), so it is linked only when the
 * person confirms (`adoptCandidate`).
 */
export interface Located {
  entry: EventLinkEntry | null;
  candidate: EventLinkEntry | null;
}

const NOTHING: Located = { entry: null, candidate: null };

/**
 * `inLocation`: the provider's way of finding a stored meeting by the join link in a location.
 * `tabId`: the tab the request came from, checked against the event by the background.
 */
export async function locateEvent(
  links: Pick<LinkStore, 'byEvent' | 'boundToTab' | 'linkEvent'>,
  event: CalendarEventRef,
  tabId: number | undefined,
  inLocation: (location: string) => Promise<EventLinkEntry | null>,
): Promise<Located> {
  const key = eventKey(event);
  const byKey = key ? await links.byEvent(key) : null;
  if (byKey) return { entry: byKey, candidate: null };
  const found = await inLocation(event.location);
  if (!found) return NOTHING;
  // The tab attached it to an event without an id: this is that event, still new or now saved
  // (then its id is linked, and the meeting is no longer any new event's to find).
  if (tabId !== undefined && (await links.boundToTab(tabId, found.link.meetingId))) {
    if (key) await links.linkEvent(key, found.link.meetingId);
    return { entry: found, candidate: null };
  }
  return { entry: null, candidate: found };
}

/** The person confirmed the candidate: link it to the event by its id, or to the tab while it has none. */
export async function adoptCandidate(
  links: Pick<LinkStore, 'linkEvent' | 'bindToTab'>,
  event: CalendarEventRef,
  tabId: number | undefined,
  meetingId: string,
): Promise<void> {
  const key = eventKey(event);
  if (key) await links.linkEvent(key, meetingId);
  else if (tabId !== undefined) await links.bindToTab(tabId, meetingId);
}
