// Which addresses may be a provider's server: tokens and attendee data travel to it, so only https,
// except this machine's own loopback (the local sandbox), which never crosses a network.
// Without zod, so the background's first answer can use it too; server-url.ts builds the schema on it.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Why `value` cannot be a server's base URL, or null when it can. */
export function serverUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a web address (it should start with https://).`;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return null;
  if (url.protocol === 'http:') {
    return `${url.origin} uses http, which anyone on the network could read; use https (only this computer's own addresses, such as 127.0.0.1, may use http).`;
  }
  return `"${value}" is not an https address.`;
}
