import { z } from 'zod';

// Which addresses may be a provider's server: tokens and attendee data travel to it, so only https,
// except this machine's own loopback (the local sandbox), which never crosses a network.
// Shared by the options page, the settings schemas, policy values and wxt.config.ts (build-time env).

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

/** A server's base URL: https, or http on loopback. */
export const ServerUrlSchema = z.url().superRefine((value, ctx) => {
  const problem = serverUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * The host-permission pattern for a base URL, for the manifest or `permissions.request`. Match
 * patterns carry no port: `http://127.0.0.1/*` covers the sandbox on any port.
 */
export function originPattern(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * The build-time server bases: `WXT_<PROVIDER>_OAUTH_BASE` and `WXT_<PROVIDER>_API_BASE`, which
 * lib/storage.ts reads as the settings' defaults.
 */
const BASE_VARIABLE = /^WXT_[A-Z0-9]+_(OAUTH|API)_BASE$/;

/**
 * The manifest's host permissions for a build: the built-in hosts plus the origin of every base set
 * in the build's environment. A base that is not https (or loopback http) stops the build.
 */
export function hostPermissionsForBuild(
  env: Partial<Record<string, string>>,
  builtIn: readonly string[],
): string[] {
  const extra = Object.keys(env)
    .filter((name) => BASE_VARIABLE.test(name))
    .flatMap((name) => {
      const value = env[name];
      if (!value) return [];
      const problem = serverUrlProblem(value);
      if (problem) throw new Error(`${name}: ${problem}`);
      return [originPattern(value)];
    });
  return [...new Set([...builtIn, ...extra])];
}
