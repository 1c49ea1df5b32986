import { httpsLink } from '../../menus/https-link';

/**
 * Zoom join links: `https://zoom.us/j/<id>`, a vanity `https://acme.zoom.us/j/<id>`, and the same on
 * ZoomGov. Chrome's `*.` host wildcard matches the bare domain too.
 */
export const ZOOM_JOIN_LINK_PATTERNS = ['https://*.zoom.us/j/*', 'https://*.zoomgov.com/j/*'];

const HOSTS = /^(?:[a-z0-9-]+\.)*(?:zoom\.us|zoomgov\.com)$/i;

/** The meeting id of a join link (9 to 11 digits, as Zoom numbers meetings), or null. */
export function meetingIdFromLink(link: string | undefined): string | null {
  const url = httpsLink(link);
  if (!url || !HOSTS.test(url.hostname)) return null;
  return /^\/j\/(\d{9,11})(?:\/|$)/.exec(url.pathname)?.[1] ?? null;
}
