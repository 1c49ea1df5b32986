import { browser } from 'wxt/browser';
import type { MenuClick } from '../menus/types';
import { createServices, type Services } from './services';

// Everything the background does beyond its first answer (first-answer.ts): the router with every
// handler, the registration engine, the context menus. entrypoints/background.ts loads it on the
// first event that needs it: from background-services.js in Chrome (load-full-background.ts says
// why), from its own bundle in Firefox.

/** The context menus' registry and platform, for install and clicks only. */
async function loadMenus(services: Services) {
  const [{ createBrowserMenuPlatform }, registry] = await Promise.all([
    import('../menus/browser-platform'),
    import('../menus/registry'),
  ]);
  return {
    platform: createBrowserMenuPlatform({ findMeetingOfLink: services.findMeetingOfLink }),
    ...registry,
  };
}

export function createFullBackground() {
  const services = createServices();
  let menus: ReturnType<typeof loadMenus> | undefined;
  return {
    route: services.route,
    registration: services.registration,
    registerMenus: async () => {
      const { registerMenus, platform } = await (menus ??= loadMenus(services));
      await registerMenus(browser.contextMenus, platform);
    },
    runMenuAction: async (info: MenuClick) => {
      const { runMenuAction, platform } = await (menus ??= loadMenus(services));
      await runMenuAction(info, platform);
    },
  };
}

export type FullBackground = ReturnType<typeof createFullBackground>;
