import type { MeetingDispatch } from '../meetings/dispatch';
import type { PanelTickets } from '../meetings/panel-tickets';
import { ApiError } from '../http/errors';
import type { Handlers } from './router';
import { tabOfEvent } from './sender-event';

export interface PanelServices {
  meetings: Pick<MeetingDispatch, 'linkFor'>;
  tickets: PanelTickets;
}

/**
 * The registrants panel's ticket: issued to the content script of the tab that shows an event
 * linked to a meeting, redeemed once by the panel framed in that tab (lib/meetings/panel-tickets.ts).
 */
export function createPanelHandlers(
  services: PanelServices,
): Pick<Handlers, 'panel.ticket' | 'panel.redeem'> {
  return {
    'panel.ticket': async ({ event, guests }, sender) => {
      const tabId = tabOfEvent(event, sender);
      // Linked, not a candidate: a join link pasted into the location opens nobody's registrants.
      const { link } = await services.meetings.linkFor(event, tabId);
      if (!link) {
        throw new ApiError({
          kind: 'not-found',
          message: 'This event has no meeting linked to it here, so it has no registrants to show.',
        });
      }
      const { provider, meetingId, topic } = link;
      return { ticket: await services.tickets.issue({ provider, meetingId, topic, guests }, tabId) };
    },
    'panel.redeem': ({ ticket }, sender) => services.tickets.redeem(ticket, sender.tab?.id),
  };
}
