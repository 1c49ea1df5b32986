import '@/lib/zod-config';
import { browser } from 'wxt/browser';
import { resolveZoomEndpoints } from '@/lib/auth/endpoints';
import { describeError } from '@/lib/background/describe-error';
import { createHandlers } from '@/lib/background/handlers';
import { createPanelHandlers } from '@/lib/background/panel-handlers';
import { createPopupHandlers } from '@/lib/background/popup-handlers';
import { createRegistrationBackground } from '@/lib/background/registration-setup';
import { createWebexHandlers } from '@/lib/background/webex-handlers';
import { createPageCheckHandlers } from '@/lib/background/page-check-handler';
import { createMessageRouter } from '@/lib/background/router';
import { createMeetingDispatch } from '@/lib/meetings/dispatch';
import { createLinkStore } from '@/lib/meetings/link-store';
import { createPanelTickets } from '@/lib/meetings/panel-tickets';
import { createMeetingService } from '@/lib/meetings/service';
import { createWebexMeetingService } from '@/lib/meetings/webex-service';
import { createBrowserMenuPlatform } from '@/lib/menus/browser-platform';
import { registerMenus, runMenuAction } from '@/lib/menus/registry';
import {
  livestreamLogItem,
  type Settings,
  settingsItem,
  upcomingCacheItem,
  webexUpcomingCacheItem,
} from '@/lib/storage';
import { createWebexConnection } from '@/lib/webex/connection';
import { createZoomConnection } from '@/lib/zoom/connection';

// Composition root: listeners are registered synchronously so a restarted worker hears the event
// that woke it. No logic lives here.
export default defineBackground(() => {
  restrictLocalStorage();
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
  // One link store for both providers: its writes are queued, and two stores would not see each other's.
  const links = createLinkStore();
  const meetings = createMeetingDispatch({
    zoom: createMeetingService({
      api: zoom.api,
      links,
      defaults: meetingDefaults.get,
      session: zoom.auth,
      apiBase: () => zoom.auth.apiBase(),
    }),
    webex: createWebexMeetingService({
      api: webex.api,
      links,
      defaults: meetingDefaults.get,
      session: webex.auth,
    }),
    links,
    defaultProvider: async () => (await settingsItem.get()).defaultProvider,
    signedIn: { zoom: () => zoom.auth.isSignedIn(), webex: () => webex.auth.isSignedIn() },
  });
  const handlers = createHandlers({
    zoom,
    redirectUrl,
    resolveZoomEndpoints,
    saveZoomEndpoints: async (endpoints) =>
      settingsItem.set({ ...(await settingsItem.get()), zoom: endpoints }),
    meetings,
    meetingDefaults,
  });
  const popupHandlers = createPopupHandlers({
    api: zoom.api,
    profile: () => zoom.auth.profile(),
    upcomingCache: upcomingCacheItem,
    webex: { api: webex.api, profile: () => webex.auth.profile(), upcomingCache: webexUpcomingCacheItem },
    livestreamLog: livestreamLogItem,
    openTab: async (url) => void (await browser.tabs.create({ url })),
  });
  const registration = createRegistrationBackground({ zoom: zoom.api, webex: webex.api });
  const route = createMessageRouter(
    {
      ...handlers,
      ...webexHandlers,
      ...popupHandlers,
      ...registration.handlers,
      ...createPanelHandlers({ meetings, tickets: createPanelTickets() }),
      ...createPageCheckHandlers(browser.tabs),
    },
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      describeError,
    },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  const menuPlatform = createBrowserMenuPlatform({ webex });
  browser.runtime.onInstalled.addListener(() => void registerMenus(browser.contextMenus, menuPlatform));
  browser.contextMenus.onClicked.addListener((info) => void runMenuAction(info, menuPlatform));
  // Registration jobs outlive the worker: an alarm (a daily-limit reset, the watchdog) or the
  // browser's start wakes it, and every start picks up what was running or waiting.
  browser.alarms.onAlarm.addListener((alarm) => registration.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => registration.onNotificationClicked(id));
  browser.runtime.onStartup.addListener(() => void registration.runner.resumeAll());
  void registration.runner.resumeAll();
});

/**
 * The refresh tokens live in `storage.local`, which content scripts may read by default. Chrome
 * lets the extension close it to them (as `storage.session` is); Firefox supports the call only for
 * `storage.session` and rejects it here, so there the tokens stay readable to the extension's own
 * content scripts (never to the page). Nothing content-side reads storage: it asks by message.
 */
function restrictLocalStorage(): void {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => {
    console.info('storage.local stays readable to content scripts here:', String(error));
  });
}
