import { z } from 'zod';
import { serverUrlProblem } from './server-url-problem';

// Which addresses may be a provider's server (server-url-problem.ts says why). Shared by the options
// page, the settings schemas, policy values and wxt.config.ts (build-time env).

export { isLoopbackHost, serverUrlProblem } from './server-url-problem';

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
