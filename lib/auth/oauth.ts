import { ApiError } from '../http/errors';
import { challengeS256, createState, createVerifier } from './pkce';
import { exchangeCode, type OAuthConfig, type OAuthDeps, oauthUrl, type TokenSet } from './token-endpoint';

export {
  exchangeCode,
  type OAuthPaths,
  refreshTokens,
  revokeToken,
  TokenResponseSchema,
  type TokenSet,
} from './token-endpoint';
export type { OAuthConfig, OAuthDeps };

export function buildAuthorizationUrl(
  config: OAuthConfig,
  pkce: { challenge: string; state: string },
): string {
  const url = new URL(oauthUrl(config, 'authorize'));
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUrl,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    state: pkce.state,
    ...(config.scope ? { scope: config.scope } : {}),
  }).toString();
  return url.toString();
}

const signInFailed = (message: string, cause?: unknown) =>
  new ApiError({ kind: 'sign-in-failed', message, ...(cause === undefined ? {} : { cause }) });

/** The authorization code from the redirect, after checking it answers the request we made. */
export function readRedirect(redirectedTo: string, expectedState: string, provider: string): string {
  let params: URLSearchParams;
  try {
    params = new URL(redirectedTo).searchParams;
  } catch (cause) {
    throw signInFailed(
      'The sign-in did not come back with an answer; nothing was saved. Please try again.',
      cause,
    );
  }
  const state = params.get('state');
  // A different state means this redirect belongs to another request (or a forged one).
  if (state !== null && state !== expectedState) {
    throw signInFailed('The sign-in answer did not match the request, so it was refused; nothing was saved.');
  }
  const error = params.get('error');
  if (error === 'access_denied') throw signInFailed(`Access to ${provider} was declined; nothing was saved.`);
  if (error) throw signInFailed(`${provider} refused the sign-in (${error}); nothing was saved.`);
  if (state === null) {
    throw signInFailed('The sign-in answer did not match the request, so it was refused; nothing was saved.');
  }
  const code = params.get('code');
  if (!code) throw signInFailed(`${provider} did not return an authorization code; nothing was saved.`);
  return code;
}

/** The whole interactive sign-in: PKCE, the provider's page, the state check, the code exchange. */
export async function runWebAuthFlow(
  config: OAuthConfig,
  launchWebAuthFlow: (url: string) => Promise<string>,
  deps: OAuthDeps = {},
): Promise<TokenSet> {
  const { provider } = config;
  const verifier = createVerifier();
  const state = createState();
  const url = buildAuthorizationUrl(config, { challenge: await challengeS256(verifier), state });
  let redirectedTo: string;
  try {
    redirectedTo = await launchWebAuthFlow(url);
  } catch (cause) {
    throw signInFailed(`The ${provider} sign-in was closed or could not finish; nothing was saved.`, cause);
  }
  const code = readRedirect(redirectedTo, state, provider);
  try {
    return await exchangeCode(config, code, verifier, deps);
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'unauthorized') throw signInFailed(error.message, error);
    throw error;
  }
}
