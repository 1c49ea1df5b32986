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
   * The Webex meeting a join link belongs to, asked of Webex with the signed-in account. The link
   * has no id in it; the lookup runs in the background, so the tokens never leave it.
   */
  findWebexMeeting(webLink: string): Promise<WebexLinkLookup>;
  t(key: string): string;
}

export type WebexLinkLookup =
  { found: true; meetingId: string } | { found: false; reason: 'signed-out' | 'not-found' };

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
