import { z } from 'zod';
import type { FailureMessages } from '../http/dialect';
import { ApiError } from '../http/errors';

// The token endpoint (`/oauth/token`) and revocation (`/oauth/revoke`), form-encoded as RFC 6749
// and 7009 ask. Only `client_id` identifies the app: a public client has no secret to send.

/** Where a provider keeps its OAuth endpoints, relative to its OAuth base. */
export interface OAuthPaths {
  authorize: string;
  token: string;
  /** `null`: the provider has no revocation endpoint; sign-out then only forgets. */
  revoke: string | null;
}

/** A public-client OAuth (authorization code + PKCE): no client secret exists anywhere. */
export interface OAuthConfig {
  oauthBase: string;
  clientId: string;
  /** `identity.getRedirectURL()`: the exact URL registered in the provider's app. */
  redirectUrl: string;
  paths: OAuthPaths;
  /** The provider's name in sentences ("… refused the sign-in"). */
  provider: string;
  /** The provider's sentences for a failure to reach it or to read its answer. */
  messages: Pick<FailureMessages, 'network' | 'server' | 'unexpected'>;
  /** Sent to /authorize when set (some providers require the scopes there, others take the app's). */
  scope?: string;
}

export const trimBase = (base: string) => base.replace(/\/+$/, '');

export const oauthUrl = (config: OAuthConfig, which: 'authorize' | 'token' | 'revoke') =>
  `${trimBase(config.oauthBase)}/${config.paths[which] ?? ''}`;

export interface OAuthDeps {
  fetch?: typeof fetch;
  now?: () => number;
}

export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  // A provider may rotate refresh tokens on every refresh; a response without one keeps the old one.
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive(),
  scope: z.string().optional(),
});

const OAuthErrorSchema = z.object({
  error: z.string().optional(),
  error_description: z.string().optional(),
  reason: z.string().optional(),
});

export interface TokenSet {
  accessToken: string;
  refreshToken: string | undefined;
  /** Epoch ms. */
  expiresAt: number;
  scope: string | undefined;
}

async function postForm(
  config: OAuthConfig,
  which: 'token' | 'revoke',
  form: Record<string, string>,
  deps: OAuthDeps,
): Promise<Response> {
  const doFetch = deps.fetch ?? fetch;
  try {
    return await doFetch(oauthUrl(config, which), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      // A provider that never answers must not hold sign-in or sign-out forever.
      signal: AbortSignal.timeout(20_000),
    });
  } catch (cause) {
    throw new ApiError({ kind: 'network', message: config.messages.network, cause });
  }
}

/**
 * Posts to the token endpoint. A 400/401 means the grant itself was refused (revoked, expired,
 * reused): kind `unauthorized`, which the session treats as "signed out". Anything else is transient.
 */
async function requestTokens(
  config: OAuthConfig,
  form: Record<string, string>,
  deps: OAuthDeps,
): Promise<TokenSet> {
  const response = await postForm(config, 'token', form, deps);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = OAuthErrorSchema.safeParse(body);
    const refused = response.status === 400 || response.status === 401;
    const code = detail.success ? detail.data.error : undefined;
    throw new ApiError({
      kind: refused ? 'unauthorized' : response.status >= 500 ? 'server' : 'http',
      status: response.status,
      message: refused
        ? `${config.provider} refused the sign-in${code ? ` (${code})` : ''}.`
        : config.messages.server,
    });
  }
  const parsed = TokenResponseSchema.safeParse(body);
  if (!parsed.success)
    throw new ApiError({
      kind: 'unexpected-response',
      status: response.status,
      message: config.messages.unexpected,
    });
  const now = (deps.now ?? Date.now)();
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    expiresAt: now + parsed.data.expires_in * 1000,
    scope: parsed.data.scope,
  };
}

export function exchangeCode(config: OAuthConfig, code: string, verifier: string, deps: OAuthDeps = {}) {
  return requestTokens(
    config,
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: config.redirectUrl,
      code_verifier: verifier,
      client_id: config.clientId,
    },
    deps,
  );
}

export function refreshTokens(config: OAuthConfig, refreshToken: string, deps: OAuthDeps = {}) {
  return requestTokens(
    config,
    { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: config.clientId },
    deps,
  );
}

/** Revokes the grant at the provider (RFC 7009 form). Throws if the provider did not confirm. */
export async function revokeToken(config: OAuthConfig, token: string, hint: string, deps: OAuthDeps = {}) {
  if (config.paths.revoke === null) return;
  const response = await postForm(
    config,
    'revoke',
    { token, token_type_hint: hint, client_id: config.clientId },
    deps,
  );
  if (!response.ok)
    throw new ApiError({
      kind: 'http',
      status: response.status,
      message: `${config.provider} did not confirm the sign-out.`,
    });
}
