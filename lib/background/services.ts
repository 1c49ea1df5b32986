import { browser } from 'wxt/browser';
import type { MessageName } from '../messaging';
import '../zod-config';
import { resolveZoomEndpoints } from '../auth/endpoints';
import { describeError } from './describe-error';
import { createHandlers, type Services as HandlerServices } from './handlers';
import { lazyHandlers } from './lazy-handlers';
import { createWebexHandlers } from '../providers/webex/handlers';
import { createPageCheckHandlers } from './page-check-handler';
import { createPanelHandlers } from './panel-handlers';
import { createPanelTickets } from '../meetings/panel-tickets';
import { createMessageRouter } from './router';
import type { MeetingDispatch } from '../meetings/dispatch';
import {
  livestreamLogItem,
  type Settings,
  settingsItem,
  upcomingCacheItem,
  webexUpcomingCacheItem,
} from '../storage';
import { popupMessages } from '../protocol/popup';
import { registrationMessages } from '../protocol/registration';
import { createWebexConnection } from '../providers/webex/connection';
import type { createRegistrationBackground } from './registration-setup';

type RegistrationBackground = ReturnType<typeof createRegistrationBackground>;
import { createZoomConnection } from '../providers/zoom/connection';

/**
 * The composition root: everything the background does, wired (no logic of its own). Built on the
 * first event a started worker gets, not at its start: entrypoints/background.ts imports this
 * module dynamically, and the one-file worker bundle evaluates its modules only then.
 */
const keys = <T extends object>(messages: T) => Object.keys(messages) as (keyof T & MessageName)[];

export function createServices() {
  const redirectUrl = browser.identity.getRedirectURL();
  const signInWindow = {
    redirectUrl,
    launchWebAuthFlow: async (url: string) => {
      const redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
      if (!redirected) throw new Error('The sign-in window closed without an answer.');
      return redirected;
    },
  };
  const zoom = createZoomConnection(signInWindow);
  // Both accounts can be connected at once; each keeps its own tokens and server.
  const webex = createWebexConnection({
    ...signInWindow,
    resolveEndpoints: async () => (await settingsItem.get()).webex,
  });
  const webexHandlers = createWebexHandlers({
    webex,
    redirectUrl,
    getSettings: async () => {
      const { webex: endpoints, defaultProvider } = await settingsItem.get();
      return { endpoints, defaultProvider };
    },
    saveSettings: async ({ endpoints, defaultProvider }) =>
      settingsItem.set({ ...(await settingsItem.get()), webex: endpoints, defaultProvider }),
    // `handlers` is made below; this runs only when a message comes, long after.
    zoomSignInFromPage: (payload, sender) => handlers['auth.signInFromPage']!(payload, sender),
  });
  const meetingDefaults = {
    get: async () => (await settingsItem.get()).meetingDefaults,
    save: async (meetingDefaults: Settings['meetingDefaults']) =>
      settingsItem.set({ ...(await settingsItem.get()), meetingDefaults }),
  };
  // The calendar's meeting services are built when a `meeting.*` message first comes.
  let dispatch: Promise<MeetingDispatch> | undefined;
  const loaded = () =>
    (dispatch ??= import('./meetings-setup').then(({ createMeetings }) =>
      createMeetings({ zoom, webex, defaults: meetingDefaults.get }),
    ));
  const meetings: HandlerServices['meetings'] = {
    providers: async () => (await loaded()).providers(),
    attach: async (...args: Parameters<MeetingDispatch['attach']>) => (await loaded()).attach(...args),
    linkFor: async (...args: Parameters<MeetingDispatch['linkFor']>) => (await loaded()).linkFor(...args),
    sync: async (...args: Parameters<MeetingDispatch['sync']>) => (await loaded()).sync(...args),
    remove: async (...args: Parameters<MeetingDispatch['remove']>) => (await loaded()).remove(...args),
  };
  const handlers = createHandlers({
    zoom,
    redirectUrl,
    resolveZoomEndpoints,
    saveZoomEndpoints: async (endpoints) =>
      settingsItem.set({ ...(await settingsItem.get()), zoom: endpoints }),
    meetings,
    meetingDefaults,
  });
  // The popup's and the registration engine's handlers are built when one of their messages comes.
  const popupHandlers = lazyHandlers(keys(popupMessages), async () =>
    (await import('./popup-handlers')).createPopupHandlers({
      api: zoom.api,
      profile: () => zoom.auth.profile(),
      upcomingCache: upcomingCacheItem,
      webex: { api: webex.api, profile: () => webex.auth.profile(), upcomingCache: webexUpcomingCacheItem },
      livestreamLog: livestreamLogItem,
      openTab: async (url) => void (await browser.tabs.create({ url })),
    }),
  );
  let registrationBackground: Promise<RegistrationBackground> | undefined;
  const registration = () =>
    (registrationBackground ??= import('./registration-setup').then(({ createRegistrationBackground }) =>
      createRegistrationBackground({ zoom: zoom.api, webex: webex.api }),
    ));
  const registrationHandlers = lazyHandlers(
    keys(registrationMessages),
    async () => (await registration()).handlers,
  );
  const route = createMessageRouter(
    {
      ...handlers,
      ...webexHandlers,
      ...popupHandlers,
      ...registrationHandlers,
      ...createPanelHandlers({ meetings, tickets: createPanelTickets() }),
      ...createPageCheckHandlers(browser.tabs),
    },
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      describeError,
    },
  );
  return {
    route,
    registration,
    webex,
  };
}

export type Services = ReturnType<typeof createServices>;
