import { browser } from 'wxt/browser';
import { describeError } from '@/lib/background/describe-error';
import { createHandlers } from '@/lib/background/handlers';
import { createMessageRouter } from '@/lib/background/router';

// Composition root: listeners are registered synchronously so a restarted worker hears the event
// that woke it. No logic lives here.
export default defineBackground(() => {
  const handlers = createHandlers({
    currentZoomUser: async () => null,
  });
  const route = createMessageRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    describeError,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
