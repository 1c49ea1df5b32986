/**
 * Whether a URL matches a match pattern (`https://*.zoom.us/j/*`), as the browser decides where a
 * menu item shows: the scheme (`*` is http or https), the host (`*.` also matches the bare
 * domain) and the path with its query, where `*` is any run of characters. A malformed pattern
 * matches nothing.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(protocol) : protocol !== scheme) return false;
  if (!hostMatches(url.hostname.toLowerCase(), host.toLowerCase())) return false;
  return glob(path).test(url.pathname + url.search);
}

function hostMatches(hostname: string, host: string): boolean {
  if (host === '*') return true;
  if (!host.startsWith('*.')) return hostname === host;
  const domain = host.slice(2);
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

const glob = (path: string) =>
  new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
