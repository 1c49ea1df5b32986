import { browser } from 'wxt/browser';
import { extensionPageUrl as url, pageExists } from '../extension-pages';
import { t } from '../i18n';
import type { MenuPlatform } from './types';

/** Size of the invitation and schedule windows: a popup's width, room for an invitation. */
const WINDOW = { width: 440, height: 600 };

/**
 * The real browser behind the menu actions: the one place they meet `browser.*`. Links are looked
 * up by the accounts of the background (lib/background/services.ts), in the worker that holds the tokens.
 */
export function createBrowserMenuPlatform(deps: {
  findMeetingOfLink: MenuPlatform['findMeetingOfLink'];
}): MenuPlatform & { pageExists: typeof pageExists } {
  return {
    t,
    pageExists,
    findMeetingOfLink: deps.findMeetingOfLink,
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
