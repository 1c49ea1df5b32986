import type { CalendarEvent } from '../calendar/types';
import type { MeetingLink } from '../protocol/meetings';
import type { ProviderChoice } from '../storage';
import { eventKey, type LinkStore } from './link-store';
import type { MeetingService } from './service';
import type { WebexMeetingService } from './webex-service';

type Service = Pick<MeetingService, 'attach' | 'linkFor' | 'sync' | 'remove'>;

export interface MeetingDispatchOptions {
  zoom: Service;
  webex: Pick<WebexMeetingService, 'attach' | 'linkFor' | 'sync' | 'remove'>;
  links: Pick<LinkStore, 'byEvent' | 'byMeeting'>;
  /** The options page's choice: which provider a new attach uses. */
  defaultProvider(): Promise<ProviderChoice>;
}

/**
 * The `meeting.*` messages for either provider. A new meeting goes to the default provider; an
 * event already linked stays with the provider of its meeting, whatever the default is now.
 */
export function createMeetingDispatch(options: MeetingDispatchOptions): Service {
  const { links } = options;
  const serviceOf = (provider: MeetingLink['provider']) =>
    provider === 'webex' ? options.webex : options.zoom;

  async function forEvent(event: CalendarEvent): Promise<Service> {
    const key = eventKey(event);
    const entry = key ? await links.byEvent(key) : null;
    return serviceOf(entry?.link.provider ?? (await options.defaultProvider()));
  }

  return {
    attach: async (event) => (await forEvent(event)).attach(event),
    linkFor: async (event) => (await forEvent(event)).linkFor(event),
    sync: async (event) => (await forEvent(event)).sync(event),
    remove: async (meetingId) => {
      const entry = await links.byMeeting(meetingId);
      // Unknown ids go to Zoom's service, which refuses them with its sentence.
      return serviceOf(entry?.link.provider ?? 'zoom').remove(meetingId);
    },
  };
}
