import type { ProviderKey } from '../brands/brands';
import type { LinkLookup } from '../providers/provider';

/** What a click on one of our menu items tells its action (a subset of contextMenus.OnClickData). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string | undefined;
  linkUrl?: string | undefined;
  pageUrl?: string | undefined;
}

/**
 * The browser, as menu actions need it. Actions never touch `browser.*` themselves, so each one is
 * a plain function a unit test runs with a fake of this.
 */
export interface MenuPlatform {
  /** Opens an extension page (`registrants.html?...`) in a new tab. */
  openPage(path: string): Promise<void>;
  /** Opens an extension page in a small window of its own, focused, for a short task. */
  openWindow(path: string): Promise<void>;
  /** A notification, for an action with nothing to open (no addresses in the selection). */
  notify(message: string): Promise<void>;
  /**
   * The meeting a join link points at, asked of the account of the provider whose join-link
   * patterns the link matches (lib/providers/provider.ts). It runs in the background, so any
   * lookup's tokens never leave it.
   */
  findMeetingOfLink(provider: ProviderKey, link: string): Promise<LinkLookup>;
  t(key: string, substitutions?: string[]): string;
}

export type MenuContextType = 'selection' | 'link' | 'page';

export interface MenuAction {
  id: string;
  /** The `_locales` key of the item's title. */
  titleKey: string;
  contexts: MenuContextType[];
  targetUrlPatterns?: string[];
  documentUrlPatterns?: string[];
  /**
   * The extension page the action opens when that page arrives with another issue: the item is
   * created only once the page is in the build, so nobody clicks into "file not found".
   */
  requiresPage?: string;
  run(click: MenuClick, platform: MenuPlatform): Promise<void>;
}
