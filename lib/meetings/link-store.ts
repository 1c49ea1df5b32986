import type { CalendarEvent } from '../calendar/types';
import { type EventLinkEntry, type EventLinks, eventLinksItem } from '../storage';
import type { ValidatedItem } from '../storage-item';
import { urlsInText } from './join-url';

/** What finds an event's link: its page and id, else the join link in its location. */
export type EventRef = Pick<CalendarEvent, 'site' | 'id' | 'location'>;

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
 * The links between calendar events and meetings, in `local:eventLinks`. Every change is a
 * read-modify-write of one storage value, so changes are queued: two messages handled at once
 * (attach on one tab, sync on another) must not drop each other's write.
 */
export function createLinkStore(item: ValidatedItem<EventLinks> = eventLinksItem) {
  let queue: Promise<unknown> = Promise.resolve();
  function update(change: (links: EventLinks) => void): Promise<void> {
    const run = queue.then(async () => {
      const links = await item.get();
      change(links);
      await item.set(links);
    });
    queue = run.catch(() => {});
    return run;
  }
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

    /** Links an event, seen with its id for the first time, to a meeting already stored. */
    linkEvent(key: string, meetingId: string): Promise<void> {
      return update((links) => {
        if (links.meetings[meetingId]) links.events[key] = meetingId;
      });
    },

    /** Forgets the meeting and every event linked to it. */
    forget(meetingId: string): Promise<void> {
      return update((links) => {
        delete links.meetings[meetingId];
        for (const [key, id] of Object.entries(links.events)) if (id === meetingId) delete links.events[key];
      });
    },
  };
}

export type LinkStore = ReturnType<typeof createLinkStore>;
