import type { UpcomingItem } from '@/lib/protocol/popup';

// How the first screen (popup-first-screen.js, a classic script of its own) hands over to the full
// popup (./main.ts, a module of the page's bundle): two builds, so through one property of the
// page's window, which holds the rows the first screen drew once it has drawn them, and one
// `<meta>` naming the module to load then.

export const FIRST_SCREEN_GLOBAL = 'popupFirstScreen';

/**
 * The `<meta>` of the built popup.html that names its module bundle, which the first screen imports
 * once drawn (build-plugins/popup-module-after-first-screen.ts); absent from the dev server's page.
 */
export const POPUP_MODULE_META = 'popup-module';

type Handoff = Promise<UpcomingItem[] | null>;

export function announceFirstScreen(drawn: Handoff): void {
  Object.assign(window, { [FIRST_SCREEN_GLOBAL]: drawn });
}

/** The rows the first screen drew; null when it drew none or did not run. */
export function firstScreenDrawn(): Handoff {
  const drawn = (window as unknown as Record<string, Handoff | undefined>)[FIRST_SCREEN_GLOBAL];
  return drawn ?? Promise.resolve(null);
}
