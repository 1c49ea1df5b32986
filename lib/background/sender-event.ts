import type { Site } from '../protocol/calendar-event';
import { normalEventId } from '../calendar/sites/google/event-id';
import { siteOfOrigin } from '../calendar/sites/registry';
import { eventIdPath as GOOGLE_EVENT_ID_PATH } from '../calendar/sites/google/selectors';
import { EVENT_ID_PATH as OUTLOOK_EVENT_ID_PATH } from '../calendar/sites/outlook/selectors';
import type { Sender } from './router';

// The calendar page's scripts run beside the content script and can make it send what they like
// (a location, an event id in the DOM). What they cannot forge is the tab a message comes from
// and that tab's address, which the browser fills in. So every 'meeting.*' request names its event,
// and the event must be the one the sending tab shows: the site of the tab's origin, the id the
// tab's address carries (docs/CALENDAR-DOM.md: Google /r/eventedit/<id>, Outlook
// /calendar/item/<id>), the same paths the adapters read the id from. Both calendars are single-page
// apps that open an event with pushState, and Chrome's `sender.url` stays the address the page was
// loaded at, so the id is read from the tab's current address (`sender.tab.url`, the top frame's)
// when the browser gives it, on the same origin; else from `sender.url`.

const ID_IN_PATH: Readonly<Record<Site, RegExp>> = {
  google: GOOGLE_EVENT_ID_PATH,
  outlook: OUTLOOK_EVENT_ID_PATH,
};

/** The id as the site's adapter reports it: Google's base64 eid decoded (sites/google/event-id.ts). */
const NORMAL_ID: Readonly<Record<Site, (raw: string) => string>> = {
  google: normalEventId,
  outlook: (raw) => raw,
};

/** A request the sending tab does not back: answered with this code, nothing done. */
export class SenderMismatchError extends Error {
  readonly code = 'forbidden';
}

/** The site and event id the sender's address shows; null when it is no calendar page of ours. */
export function eventOfSenderUrl(url: string | undefined): { site: Site; id: string | undefined } | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // The origins the content scripts run on (lib/calendar/sites/registry.ts), and their site.
  const site = siteOfOrigin(parsed.origin);
  if (!site) return null;
  const raw = ID_IN_PATH[site].exec(parsed.pathname)?.[1];
  let id: string | undefined;
  try {
    id = raw === undefined ? undefined : NORMAL_ID[site](decodeURIComponent(raw));
  } catch {
    id = undefined;
  }
  return { site, id };
}

/** The address the sender's frame shows now: the tab's, for the top frame on the same origin. */
function shownAddress(sender: Sender): string | undefined {
  const tabUrl = sender.frameId === 0 ? sender.tab?.url : undefined;
  if (!tabUrl || !sender.url) return sender.url;
  try {
    return new URL(tabUrl).origin === new URL(sender.url).origin ? tabUrl : sender.url;
  } catch {
    return sender.url;
  }
}

/**
 * The sending tab's id, once the event a request names is the one that tab shows: same site, and
 * the same id when the event has one. An event without an id (quick-add, a new event in the full
 * editor) is allowed whatever the address says; its meeting is then bound to this tab
 * (lib/meetings/link-store.ts) until the event has an id.
 */
export function tabOfEvent(event: { site: Site; id?: string | undefined }, sender: Sender): number {
  const tabId = sender.tab?.id;
  const shown = eventOfSenderUrl(shownAddress(sender));
  if (tabId === undefined || tabId < 0 || !shown) {
    throw new SenderMismatchError('Only a calendar page can ask about its events.');
  }
  if (shown.site !== event.site) {
    throw new SenderMismatchError(`This tab shows a ${shown.site} page, not a ${event.site} event.`);
  }
  if (event.id !== undefined && event.id !== shown.id) {
    throw new SenderMismatchError('This tab does not show the event the request names.');
  }
  return tabId;
}

/**
 * As `tabOfEvent`, for the event popover that opens from the grid (docs/CALENDAR-DOM.md, "Event
 * details popover"): there the address shows no event id, so an id is also taken while the tab's
 * address shows none. Only 'meeting.linkedTo' and 'meeting.remove' use it. Safe enough: only our
 * content script can send (a page script cannot reach runtime messaging), and it sends these only
 * after a trusted click on the popover's Delete and, for the remove, the person's yes to a question
 * that names the meeting. The site must still be the tab's, and an address that shows another
 * event's id is still refused.
 */
export function tabOfPeekedEvent(event: { site: Site; id?: string | undefined }, sender: Sender): number {
  const shown = eventOfSenderUrl(shownAddress(sender));
  if (event.id === undefined || shown?.id !== undefined) return tabOfEvent(event, sender);
  return tabOfEvent({ site: event.site }, sender);
}
