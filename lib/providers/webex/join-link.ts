import { httpsLink } from '../https-link';

/*
 * Webex join links live on the meeting's site (the brand's `joinLinks`, lib/brands/webex.ts):
 * `https://<site>.webex.com/<site>/j.php?MTID=m...` (a meeting's `webLink`),
 * `https://<site>.webex.com/meet/<name>` and others. Their shape carries no meeting id, so any link
 * on a site qualifies here and Webex says whether it is a meeting's.
 */
// A site's subdomain; www.webex.com and the bare domain are Cisco's own pages, never a meeting.
const SITE_HOST = /^(?!www\.)(?:[a-z0-9-]+\.)+webex\.com$/i;

/** The link itself when it may be a Webex join link (https, on a site, with a path), or null. */
export function webexJoinLink(link: string | undefined): string | null {
  const url = httpsLink(link);
  if (!url || !SITE_HOST.test(url.hostname) || url.pathname === '/') return null;
  return link ?? null;
}
