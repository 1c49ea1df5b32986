import type { CalendarEvent } from '../protocol/calendar-event';
import { type EventLinkEntry, type EventLinks, eventLinksItem } from './link-items';
import type { ValidatedItem } from '../storage-item';
import { urlsInText } from './join-url';
import { TAB_LINK_MAX, TAB_LINK_TTL_MS, type TabLinks, tabLinksItem } from './tab-links';

/** What finds an event's link: its page and id, else the join link in its location. */
export type CalendarEventRef = Pick<CalendarEvent, 'site' | 'id' | 'location'>;

/** `${site}:${eventId}`, or null for an event the page has not given an id yet (a new one). */
export function eventKey(event: { site: string; id?: string | undefined }): string | null {
  return event.id ? `${event.site}:${event.id}` : null;
}

const hrefOf = (url: string) => {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
};

/**
 * The links between calendar events and meetings, in `local:eventLinks`, and the meetings of new
 * events bound to the tab that attached them (tab-links.ts). Every change is a read-modify-write
 * of one storage value, so changes are queued: two messages handled at once (attach on one tab,
 * sync on another) must not drop each other's write.
 */
export function createLinkStore(
  item: ValidatedItem<EventLinks> = eventLinksItem,
  tabItem: ValidatedItem<TabLinks> = tabLinksItem,
  now: () => number = Date.now,
) {
  let queue: Promise<unknown> = Promise.resolve();
  function queued(write: () => Promise<void>): Promise<void> {
    const run = queue.then(write);
    queue = run.catch(() => {});
    return run;
  }
  const update = (change: (links: EventLinks) => void) =>
    queued(async () => {
      const links = await item.get();
      change(links);
      await item.set(links);
    });
  const updateTabs = (change: (tabs: TabLinks) => void) =>
    queued(async () => {
      const tabs = await tabItem.get();
      change(tabs);
      for (const [tab, { at }] of Object.entries(tabs)) if (now() - at > TAB_LINK_TTL_MS) delete tabs[tab];
      await tabItem.set(tabs);
    });
  const unbind = (tabs: TabLinks, meetingId: string) => {
    for (const [tab, bound] of Object.entries(tabs)) {
      bound.meetingIds = bound.meetingIds.filter((id) => id !== meetingId);
      if (bound.meetingIds.length === 0) delete tabs[tab];
    }
  };
  // Reads wait for queued writes, so a read right after a write sees it.
  const read = async () => {
    await queue;
    return item.get();
  };

  return {
    async byMeeting(meetingId: string): Promise<EventLinkEntry | null> {
      return (await read()).meetings[meetingId] ?? null;
    },

    async byEvent(key: string): Promise<EventLinkEntry | null> {
      const links = await read();
      const meetingId = links.events[key];
      return meetingId === undefined ? null : (links.meetings[meetingId] ?? null);
    },

    /**
     * The entry whose join link appears in `text` (an event's location), compared as whole
     * addresses: how a Webex meeting is found, its link naming no meeting id to look up by.
     */
    async byJoinLinkIn(text: string): Promise<EventLinkEntry | null> {
      const hrefs = new Set(urlsInText(text).map((url) => url.href));
      if (hrefs.size === 0) return null;
      const entries = Object.values((await read()).meetings);
      return entries.find((entry) => hrefs.has(hrefOf(entry.link.joinUrl))) ?? null;
    },

    /** Saves (or replaces) the entry of `entry.link.meetingId`, and links the event when it has a key. */
    save(entry: EventLinkEntry, key: string | null): Promise<void> {
      return update((links) => {
        links.meetings[entry.link.meetingId] = entry;
        if (key) links.events[key] = entry.link.meetingId;
      });
    },

    /**
     * Links an event, seen with its id for the first time, to a meeting already stored. The
     * meeting now belongs to that event: no tab's new event finds it by its join link any more.
     */
    async linkEvent(key: string, meetingId: string): Promise<void> {
      await update((links) => {
        if (links.meetings[meetingId]) links.events[key] = meetingId;
      });
      await updateTabs((tabs) => unbind(tabs, meetingId));
    },

    /** Binds a meeting attached to an event without an id to the tab that attached it. */
    bindToTab(tabId: number, meetingId: string): Promise<void> {
      return updateTabs((tabs) => {
        const ids = (tabs[tabId]?.meetingIds ?? []).filter((id) => id !== meetingId);
        tabs[tabId] = { meetingIds: [...ids, meetingId].slice(-TAB_LINK_MAX), at: now() };
      });
    },

    /** Whether `meetingId` was attached from `tabId` to an event that has had no id since. */
    async boundToTab(tabId: number, meetingId: string): Promise<boolean> {
      await queue;
      const bound = (await tabItem.get())[tabId];
      return (
        bound !== undefined && now() - bound.at <= TAB_LINK_TTL_MS && bound.meetingIds.includes(meetingId)
      );
    },

    /** Forgets the meeting, every event linked to it and the tab it was bound to. */
    async forget(meetingId: string): Promise<void> {
      await update((links) => {
        delete links.meetings[meetingId];
        for (const [key, id] of Object.entries(links.events)) if (id === meetingId) delete links.events[key];
      });
      await updateTabs((tabs) => unbind(tabs, meetingId));
    },
  };
}

export type LinkStore = ReturnType<typeof createLinkStore>;
