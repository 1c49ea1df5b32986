import { browser } from 'wxt/browser';
import { extensionPageUrl as url, pageExists } from '../extension-pages';
import { t } from '../i18n';
import type { MenuPlatform } from './types';
import { createWebexLinkLookup, type WebexLinkSource } from '../providers/webex/meeting-lookup';

/** Size of the invitation and schedule windows: a popup's width, room for an invitation. */
const WINDOW = { width: 440, height: 600 };

/**
 * The real browser behind the menu actions: the one place they meet `browser.*`. `webex` is the
 * background's connection: Webex links are looked up with it, in the worker that holds the tokens.
 */
export function createBrowserMenuPlatform(deps: {
  webex: WebexLinkSource;
}): MenuPlatform & { pageExists: typeof pageExists } {
  return {
    t,
    pageExists,
    findWebexMeeting: createWebexLinkLookup(deps.webex),
    async openPage(path) {
      await browser.tabs.create({ url: url(path) });
    },
    async openWindow(path) {
      // Firefox for Android has no windows: a tab does the same job there.
      if (!browser.windows) return void (await browser.tabs.create({ url: url(path) }));
      await browser.windows.create({ url: url(path), type: 'popup', focused: true, ...WINDOW });
    },
    async notify(message) {
      await browser.notifications.create({
        type: 'basic',
        iconUrl: url('icon/48.png'),
        title: t('extName'),
        message,
      });
    },
  };
}
