import type { FailureMessages } from '../http/dialect';
import { ApiError } from '../http/errors';
import { type OAuthConfig, type OAuthPaths, refreshTokens, revokeToken, runWebAuthFlow } from './oauth';
import { type Grant, sameServers, type TokenStore } from './tokens';

/** What a session needs of the endpoints in force (a provider's settings may carry more). */
export interface SessionEndpoints {
  oauthBase: string;
  apiBase: string;
  clientId: string;
}

/** The sentences of an account's own: its server settings changed, or no client ID is set. */
export interface AccountMessages {
  settingsChanged: string;
  noClientId: string;
}

/** Every sentence a session stores or throws, in the provider's words. */
export type SessionMessages = FailureMessages & AccountMessages;

export interface AuthSessionOptions<P> {
  /** `browser.identity.getRedirectURL()`. */
  redirectUrl: string;
  /** Opens the provider's page; resolves with the URL it redirected to (`browser.identity`). */
  launchWebAuthFlow(url: string): Promise<string>;
  /** The endpoints in force (the provider's settings, overridden by policy). */
  resolveEndpoints: () => Promise<SessionEndpoints>;
  /** The provider's own storage items. */
  store: TokenStore<P>;
  /** The provider's OAuth: its paths, its name in sentences, the scopes it wants asked. */
  oauth: { paths: OAuthPaths; provider: string; scope?: string };
  messages: SessionMessages;
  fetch?: typeof fetch;
  now?: () => number;
  /** Refresh this long before the access token expires, so a request never leaves with a dying one. */
  refreshMarginMs?: number;
}

export type AuthSession<P> = ReturnType<typeof createAuthSession<P>>;

const signedOut = (message: string) => new ApiError({ kind: 'signed-out', message });

/** One signed-in account of a provider in the background: sign-in, tokens on demand, sign-out. */
export function createAuthSession<P>(options: AuthSessionOptions<P>) {
  const { store, resolveEndpoints } = options;
  const text = options.messages;
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const deps = { ...(options.fetch ? { fetch: options.fetch } : {}), now };
  const configOf = (grant: Pick<Grant, 'oauthBase' | 'clientId'>): OAuthConfig => ({
    oauthBase: grant.oauthBase,
    clientId: grant.clientId,
    redirectUrl: options.redirectUrl,
    messages: text,
    ...options.oauth,
  });
  // Single flight: every caller during a refresh awaits this one promise (one network call).
  let refreshing: Promise<string> | null = null;
  // Bumped by sign-in and sign-out, so a refresh that was in flight cannot write tokens back after.
  let generation = 0;

  async function endSession(reason: string): Promise<never> {
    generation++;
    await store.forget(reason, now());
    throw signedOut(reason);
  }

  async function currentGrant(): Promise<Grant> {
    const grant = await store.readGrant();
    if (!grant) throw signedOut((await store.readSignedOutReason()) ?? text.notSignedIn);
    const endpoints = await resolveEndpoints();
    // A token is only ever sent to the server that issued it.
    return sameServers(endpoints, grant) ? grant : endSession(text.settingsChanged);
  }

  async function doRefresh(started: number): Promise<string> {
    const grant = await currentGrant();
    if (started !== generation) throw signedOut(text.notSignedIn);
    let tokens: Awaited<ReturnType<typeof refreshTokens>>;
    try {
      tokens = await refreshTokens(configOf(grant), grant.refreshToken, deps);
    } catch (error) {
      // Refused (revoked, expired, reused): the grant is dead. Anything else may pass; keep it.
      if (error instanceof ApiError && error.kind === 'unauthorized' && started === generation) {
        return endSession(text.sessionEnded);
      }
      throw error;
    }
    if (started !== generation) throw signedOut(text.notSignedIn);
    await store.save(tokens, grant);
    return tokens.accessToken;
  }

  /** `started`: the generation when the caller asked, so a sign-out meanwhile wins. */
  function refresh(started: number): Promise<string> {
    refreshing ??= doRefresh(started).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    async signIn(): Promise<void> {
      const endpoints = await resolveEndpoints();
      if (!endpoints.clientId) {
        throw new ApiError({
          kind: 'sign-in-failed',
          message: text.noClientId,
        });
      }
      const tokens = await runWebAuthFlow(configOf(endpoints), options.launchWebAuthFlow, deps);
      if (!tokens.refreshToken) throw new ApiError({ kind: 'unexpected-response', message: text.unexpected });
      generation++;
      refreshing = null;
      const { oauthBase, apiBase, clientId } = endpoints;
      await store.save(tokens, { refreshToken: tokens.refreshToken, oauthBase, apiBase, clientId });
      await store.clearSignedOutReason();
    },

    /** Revokes at the provider, then forgets; forgets even when the provider cannot be reached. */
    async signOut(): Promise<void> {
      generation++;
      refreshing = null;
      const grant = await store.readGrant();
      try {
        if (grant) await revokeToken(configOf(grant), grant.refreshToken, 'refresh_token', deps);
      } catch (error) {
        const kind = error instanceof ApiError ? error.kind : 'unknown';
        console.warn(
          `${options.oauth.provider} did not confirm the revocation (${kind}); forgetting the tokens anyway.`,
        );
      }
      await store.forget();
    },

    /** A valid access token, refreshed first when it expires within the margin. */
    async getAccessToken(): Promise<string> {
      const started = generation;
      if (refreshing) return refreshing;
      await currentGrant();
      const access = await store.readAccess();
      if (access && access.expiresAt - margin > now()) return access.accessToken;
      return refresh(started);
    },

    /** After a 401: refresh, unless another caller already replaced the refused token. */
    async forceRefresh(rejectedToken?: string): Promise<string> {
      const started = generation;
      if (refreshing) return refreshing;
      const access = await store.readAccess();
      const replaced = rejectedToken !== undefined && access?.accessToken !== rejectedToken;
      if (access && replaced && access.expiresAt - margin > now()) {
        return access.accessToken;
      }
      return refresh(started);
    },

    /** Also ends a session whose server no longer matches the settings (see `currentGrant`). */
    async isSignedIn(): Promise<boolean> {
      try {
        await currentGrant();
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'signed-out') return false;
        throw error;
      }
    },
    /** The API base the grant belongs to: requests go there, never to a newer setting. */
    async apiBase(): Promise<string> {
      return (await currentGrant()).apiBase;
    },
    signedOutReason: () => store.readSignedOutReason(),
    profile: () => store.readProfile(),
    saveProfile: store.saveProfile,
  };
}
