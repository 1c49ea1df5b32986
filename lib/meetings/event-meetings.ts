import type { CalendarEvent } from '../protocol/calendar-event';
import type { MeetingLink } from '../protocol/meetings';
import type { MeetingDefaults } from '../storage';
import type { CalendarEventRef, LinkStore } from './link-store';

/**
 * What the calendar button's messages need of one provider: attach a meeting made from an event,
 * find it again, keep it in step, remove it. Every provider implements it over the one link store
 * (lib/providers/<key>/meeting-service.ts); the dispatch picks which one answers.
 */
export interface EventMeetings {
  /** `tabId`: the tab asking; a new event's meeting is bound to it until the event has an id. */
  attach(event: CalendarEvent, tabId?: number): Promise<{ link: MeetingLink; invitation: string }>;
  /** `adopt`: the person confirmed the candidate, which is linked to the event now. */
  linkFor(
    event: CalendarEventRef,
    tabId?: number,
    adopt?: boolean,
  ): Promise<{ link: MeetingLink | null; candidate?: MeetingLink }>;
  sync(
    event: CalendarEvent,
    tabId?: number,
  ): Promise<{ link: MeetingLink | null; updated: boolean; invitation: string | null }>;
  remove(event: CalendarEventRef, tabId?: number): Promise<{ removed: true }>;
}

/** What every provider's service is built on: one link store for all, and the person's defaults. */
export interface EventMeetingsDeps {
  links: LinkStore;
  defaults(): Promise<MeetingDefaults>;
}
