import { webexBrand } from '../../brands/webex';
import { settingsItem } from '../../storage';
import { signInAgain } from '../../auth/connection';
import type { MeetingProvider } from '../provider';
import { createWebexConnection } from './connection';
import { createWebexHandlers } from './handlers';
import { webexJoinLink } from './join-link';
import { createWebexLinkLookup } from './meeting-lookup';

/** Webex, plugged in beside Zoom: its own tokens, server, messages and parts of every feature. */
export const webexProvider: MeetingProvider = {
  brand: webexBrand,
  connect(context) {
    const webex = createWebexConnection({
      ...context,
      resolveEndpoints: async () => (await settingsItem.get()).webex,
    });
    const { api, auth } = webex;
    const lookUpLink = createWebexLinkLookup(webex);
    return {
      key: 'webex',
      isSignedIn: () => auth.isSignedIn(),
      signInFromPage: () => signInAgain(webex),
      handlers: createWebexHandlers({
        webex,
        redirectUrl: context.redirectUrl,
        getSettings: async () => {
          const { webex: endpoints, defaultProvider } = await settingsItem.get();
          return { endpoints, defaultProvider };
        },
        saveSettings: async ({ endpoints, defaultProvider }) =>
          settingsItem.set({ ...(await settingsItem.get()), webex: endpoints, defaultProvider }),
      }),
      async eventMeetings({ links, defaults }) {
        const { createWebexMeetingService } = await import('./meeting-service');
        return createWebexMeetingService({ api, links, defaults, session: auth });
      },
      async registration() {
        const [{ createWebexRegistrationAccount }, { createWebexRegistrationProvider }] = await Promise.all([
          import('./registration-account'),
          import('./registration'),
        ]);
        return createWebexRegistrationAccount({
          webex: api,
          provider: createWebexRegistrationProvider({ webex: api }),
        });
      },
      async popup() {
        const [{ webexPopupAccount }, { webexUpcomingCacheItem }] = await Promise.all([
          import('./popup-account'),
          import('../../popup/upcoming-items'),
        ]);
        return webexPopupAccount({
          api,
          profile: () => auth.profile(),
          upcomingCache: webexUpcomingCacheItem,
        });
      },
      // Only a link on a meeting site is worth asking Webex about (www.webex.com is Cisco's own).
      findMeetingOfLink: async (link) =>
        webexJoinLink(link) ? lookUpLink(link) : { found: false, reason: 'not-a-meeting-link' },
    };
  },
};
