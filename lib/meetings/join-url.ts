// Finds the Zoom meeting id in an event's location: the join link this extension wrote there, or one
// a person pasted. Only Zoom's own hosts count (zoom.us, ZoomGov, their vanity subdomains) plus the
// host of the configured API server (the sandbox, an on-premises Zoom), so a look-alike link on
// another site never matches a meeting. Webex links carry no meeting id to read (their `webLink`
// names the meeting by a site-specific token): those are found as the exact links stored
// (link-store.ts, byJoinLinkIn), so only a link this extension wrote matches.

const ZOOM_DOMAINS = ['zoom.us', 'zoomgov.com'];
const URL_IN_TEXT = /https?:\/\/[^\s<>"'()]+/gi;
const JOIN_PATH = /^\/j\/(\d+)\/?$/;

function isZoomHost(url: URL, extraHosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  if (ZOOM_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) return url.protocol === 'https:';
  return extraHosts.includes(url.host.toLowerCase());
}

/** Every http(s) address in `text`, as URLs, sentence punctuation after them left out. */
export function urlsInText(text: string): URL[] {
  const urls: URL[] = [];
  for (const [candidate] of text.matchAll(URL_IN_TEXT)) {
    try {
      urls.push(new URL(candidate.replace(/[.,;:!?]+$/, '')));
    } catch {
      // Not an address after all.
    }
  }
  return urls;
}

/**
 * The meeting id of the first Zoom join link (`…/j/<digits>`) in `text`, else null. `apiBase`:
 * the configured API server, whose host also serves join links when it is not Zoom's.
 */
export function meetingIdFromText(text: string, apiBase?: string | null): string | null {
  const extraHosts: string[] = [];
  if (apiBase) {
    try {
      extraHosts.push(new URL(apiBase).host.toLowerCase());
    } catch {
      // An unreadable setting adds no host.
    }
  }
  for (const url of urlsInText(text)) {
    const id = JOIN_PATH.exec(url.pathname)?.[1];
    if (id && isZoomHost(url, extraHosts)) return id;
  }
  return null;
}
