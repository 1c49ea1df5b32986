import { browser } from 'wxt/browser';
import { zoomBrand } from '../../brands/zoom';
import { resolveZoomEndpoints } from './endpoints';
import { lazyHandlers } from '../../lazy-handlers';
import { settingsItem } from '../../storage';
import { livestreamLogItem } from './livestream-items';
import { signInAgain } from '../../auth/connection';
import type { MeetingProvider } from '../provider';
import { createZoomConnection } from './connection';
import { createZoomAccountHandlers } from './handlers';
import { meetingIdFromLink } from './join-link';

/** Messages only Zoom answers beyond its account's: start, live stream, summaries, scheduling. */
export const ZOOM_POPUP_MESSAGES = [
  'meeting.start',
  'livestream.get',
  'livestream.update',
  'livestream.setStatus',
  'summaries.list',
  'summaries.get',
  'meeting.schedule',
] as const;

/** Zoom, plugged in: its connection, its messages, and its parts of the button, registration and popup. */
export const zoomProvider: MeetingProvider = {
  brand: zoomBrand,
  connect(context) {
    const zoom = createZoomConnection(context);
    const { api, auth } = zoom;
    return {
      key: 'zoom',
      isSignedIn: () => auth.isSignedIn(),
      signInFromPage: () => signInAgain(zoom),
      handlers: {
        ...createZoomAccountHandlers({
          zoom,
          redirectUrl: context.redirectUrl,
          resolveZoomEndpoints,
          saveZoomEndpoints: async (endpoints) =>
            settingsItem.set({ ...(await settingsItem.get()), zoom: endpoints }),
        }),
        ...lazyHandlers(ZOOM_POPUP_MESSAGES, async () =>
          (await import('./popup-handlers')).createZoomPopupHandlers({
            api,
            livestreamLog: livestreamLogItem,
            openTab: async (url) => void (await browser.tabs.create({ url })),
          }),
        ),
      },
      async eventMeetings({ links, defaults }) {
        const { createMeetingService } = await import('./meeting-service');
        return createMeetingService({ api, links, defaults, session: auth, apiBase: () => auth.apiBase() });
      },
      async registration() {
        const [{ createZoomRegistrationAccount }, { createZoomRegistrationProvider }, { loadUpcoming }] =
          await Promise.all([
            import('./registration-account'),
            import('./registration'),
            import('./upcoming'),
          ]);
        return createZoomRegistrationAccount({
          api,
          provider: createZoomRegistrationProvider({ zoom: api }),
          upcoming: () => loadUpcoming(api, Date.now()),
        });
      },
      async popup() {
        const [{ zoomPopupAccount }, { upcomingCacheItem }] = await Promise.all([
          import('./popup-account'),
          import('../../popup/upcoming-items'),
        ]);
        return zoomPopupAccount({ api, profile: () => auth.profile(), upcomingCache: upcomingCacheItem });
      },
      // A Zoom join link carries its meeting's id: nothing to ask, signed in or not (the page opened
      // then says what it needs).
      async findMeetingOfLink(link) {
        const meetingId = meetingIdFromLink(link);
        return meetingId ? { found: true, meetingId } : { found: false, reason: 'not-a-meeting-link' };
      },
    };
  },
};
