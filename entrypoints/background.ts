import { browser } from 'wxt/browser';
import { resolveZoomEndpoints } from '@/lib/auth/endpoints';
import { describeError } from '@/lib/background/describe-error';
import { createHandlers } from '@/lib/background/handlers';
import { createMessageRouter } from '@/lib/background/router';
import { settingsItem } from '@/lib/storage';
import { createZoomConnection } from '@/lib/zoom/connection';

// Composition root: listeners are registered synchronously so a restarted worker hears the event
// that woke it. No logic lives here.
export default defineBackground(() => {
  const redirectUrl = browser.identity.getRedirectURL();
  const zoom = createZoomConnection({
    redirectUrl,
    launchWebAuthFlow: async (url) => {
      const redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
      if (!redirected) throw new Error('The sign-in window closed without an answer.');
      return redirected;
    },
  });
  const handlers = createHandlers({
    zoom,
    redirectUrl,
    resolveZoomEndpoints,
    saveZoomEndpoints: async (endpoints) =>
      settingsItem.set({ ...(await settingsItem.get()), zoom: endpoints }),
  });
  const route = createMessageRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    describeError,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
