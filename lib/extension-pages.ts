import { browser } from 'wxt/browser';

/** The full URL of one of the extension's own pages (`invitation.html?meeting=1`). */
export const extensionPageUrl = (path: string): string => browser.runtime.getURL(`/${path}` as '/');

/**
 * Whether an extension page is in this build: pages of later issues (registrants.html) are offered
 * only once they exist. A missing page fails to fetch or answers 404.
 */
export async function pageExists(path: string): Promise<boolean> {
  try {
    return (await fetch(extensionPageUrl(path.split(/[?#]/)[0]!), { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}
