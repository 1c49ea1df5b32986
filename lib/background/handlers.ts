import type { ProviderKey } from '../brands/brands';
import type { MeetingDispatch } from '../meetings/dispatch';
import type { MeetingDefaults } from '../storage';
import type { Handlers } from './router';
import { tabOfEvent, tabOfPeekedEvent } from './sender-event';

export interface Services {
  meetings: Pick<MeetingDispatch, 'providers' | 'attach' | 'linkFor' | 'sync' | 'remove'>;
  meetingDefaults: { get(): Promise<MeetingDefaults>; save(defaults: MeetingDefaults): Promise<void> };
  /** Signs in to a provider from the calendar button (ProviderAccount.signInFromPage). */
  signInFromPage(provider: ProviderKey): Promise<boolean>;
  defaultProvider(): Promise<ProviderKey>;
}

type CalendarHandlers = Pick<
  Handlers,
  | 'settings.getMeetingDefaults'
  | 'settings.saveMeetingDefaults'
  | 'meeting.providers'
  | 'meeting.attach'
  | 'meeting.linkFor'
  | 'meeting.sync'
  | 'meeting.linkedTo'
  | 'meeting.remove'
  | 'auth.signInFromPage'
>;

/** The calendar button's answers and the meeting defaults, for every provider alike. */
export function createHandlers(services: Services): CalendarHandlers {
  return {
    'settings.getMeetingDefaults': () => services.meetingDefaults.get(),
    'settings.saveMeetingDefaults': async (defaults) => {
      await services.meetingDefaults.save(defaults);
      return services.meetingDefaults.get();
    },
    'meeting.providers': () => services.meetings.providers(),
    // Each acts on the event the sending tab shows, and only on the meeting linked to that event.
    'meeting.attach': async ({ event, provider }, sender) =>
      services.meetings.attach(event, provider, tabOfEvent(event, sender)),
    'meeting.linkFor': async ({ event, adopt }, sender) =>
      services.meetings.linkFor(event, tabOfEvent(event, sender), adopt === true),
    'meeting.sync': async ({ event }, sender) => services.meetings.sync(event, tabOfEvent(event, sender)),
    // These two also come from the grid's event popover, whose address shows no event id
    // (tabOfPeekedEvent says why that is safe enough).
    'meeting.linkedTo': async ({ event }, sender) => {
      const tabId = tabOfPeekedEvent(event, sender);
      return { link: (await services.meetings.linkFor({ ...event, location: '' }, tabId)).link };
    },
    'meeting.remove': async ({ event }, sender) =>
      services.meetings.remove(event, tabOfPeekedEvent(event, sender)),
    // The sign-in window opens from here: a calendar page cannot open it, and never sees the tokens.
    // The provider the button named, else the default one.
    'auth.signInFromPage': async ({ provider }) => ({
      connected: await services.signInFromPage(provider ?? (await services.defaultProvider())),
    }),
  };
}
