import { httpsLink } from '../https-link';

// Zoom join links (the brand's `joinLinks`, lib/brands/zoom.ts): zoom.us, its vanity subdomains, ZoomGov.
const HOSTS = /^(?:[a-z0-9-]+\.)*(?:zoom\.us|zoomgov\.com)$/i;

/** The meeting id of a join link (9 to 11 digits, as Zoom numbers meetings), or null. */
export function meetingIdFromLink(link: string | undefined): string | null {
  const url = httpsLink(link);
  if (!url || !HOSTS.test(url.hostname)) return null;
  return /^\/j\/(\d{9,11})(?:\/|$)/.exec(url.pathname)?.[1] ?? null;
}
