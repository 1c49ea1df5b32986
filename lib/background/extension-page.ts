/**
 * A page of this extension: its origin, or its scheme (a web-accessible page framed at its dynamic
 * address, `use_dynamic_url`, has another host). The sender's id is checked first, and content
 * scripts never run in extension pages, so the scheme alone cannot be a content script's.
 * Without zod: the router and the first answer (first-answer.ts) both use it.
 */
export function isExtensionPage(url: string | undefined, extensionOrigin: string): boolean {
  if (!url) return false;
  if (url.startsWith(extensionOrigin)) return true;
  try {
    return new URL(url).protocol === new URL(extensionOrigin).protocol;
  } catch {
    return false;
  }
}
