import { browser } from 'wxt/browser';
import { extensionPageUrl as url, pageExists } from '../extension-pages';
import { t } from '../i18n';
import type { MenuPlatform } from './types';

/** Size of the invitation and schedule windows: a popup's width, room for an invitation. */
const WINDOW = { width: 440, height: 600 };

/**
 * The real browser behind the menu actions: the one place they meet `browser.*`. Webex links are
 * looked up by the Webex account, in the worker that holds the tokens.
 */
export function createBrowserMenuPlatform(deps: {
  findWebexMeeting: MenuPlatform['findWebexMeeting'];
}): MenuPlatform & { pageExists: typeof pageExists } {
  return {
    t,
    pageExists,
    findWebexMeeting: deps.findWebexMeeting,
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
