/** A clicked link as a URL when it is a well-formed https one: join links are never plain http. */
export function httpsLink(link: string | undefined): URL | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
