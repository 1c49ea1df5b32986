import { type AuthSession, createAuthSession, type SessionEndpoints } from '../auth/session';
import { createTokenStore } from '../auth/tokens';
import { createHttpClient } from '../http/client';
import { ApiError } from '../http/errors';
import {
  defaultWebexEndpoints,
  type WebexProfile,
  webexAccessTokenItem,
  webexGrantItem,
  webexProfileItem,
  webexSignedOutItem,
} from '../storage';
import { createWebexClient, profileFromPerson, type WebexClient } from './client';
import { toWebexError, WEBEX_MESSAGES } from './errors';

/**
 * Webex's OAuth for an integration: `/authorize` and `/access_token` under the API base
 * (https://webexapis.com/v1). Webex documents no token-revocation endpoint for integrations, so
 * sign-out forgets the tokens; the person can withdraw the grant in their Webex settings.
 */
export const WEBEX_OAUTH_PATHS = { authorize: 'authorize', token: 'access_token', revoke: null };

/** The scopes the product needs: who signed in, meetings, registrants. */
export const WEBEX_SCOPES = [
  'spark:people_read',
  'meeting:schedules_read',
  'meeting:schedules_write',
  'meeting:participants_read',
  'meeting:participants_write',
].join(' ');

export interface WebexConnectionOptions {
  /** `browser.identity.getRedirectURL()`: the redirect URI to register in the Webex integration. */
  redirectUrl: string;
  /** Wraps `browser.identity.launchWebAuthFlow({ url, interactive: true })`. */
  launchWebAuthFlow(url: string): Promise<string>;
  /** The endpoints in force; default `defaultWebexEndpoints()` (build-time `WXT_WEBEX_*`). */
  resolveEndpoints?: () => Promise<SessionEndpoints>;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  timeoutMs?: number;
}

export type WebexStatus = { connected: true; user: WebexProfile } | { connected: false; reason?: string };

export interface WebexConnection {
  auth: AuthSession<WebexProfile>;
  api: WebexClient;
  redirectUrl: string;
  signIn(): Promise<WebexProfile>;
  signOut(): Promise<void>;
  status(): Promise<WebexStatus>;
  refreshProfile(): Promise<WebexProfile>;
}

/** The background's one Webex account, beside the Zoom one: sign-in, the API client, its status. */
export function createWebexConnection(options: WebexConnectionOptions): WebexConnection {
  const auth = createAuthSession<WebexProfile>({
    redirectUrl: options.redirectUrl,
    launchWebAuthFlow: options.launchWebAuthFlow,
    resolveEndpoints: options.resolveEndpoints ?? (async () => defaultWebexEndpoints()),
    store: createTokenStore<WebexProfile>({
      access: webexAccessTokenItem,
      grant: webexGrantItem,
      profile: webexProfileItem,
      signedOut: webexSignedOutItem,
    }),
    oauth: { paths: WEBEX_OAUTH_PATHS, provider: 'Webex', scope: WEBEX_SCOPES },
    messages: {
      sessionEnded: WEBEX_MESSAGES.sessionEnded,
      notSignedIn: WEBEX_MESSAGES.notSignedIn,
      settingsChanged: WEBEX_MESSAGES.settingsChanged,
      noClientId: WEBEX_MESSAGES.noClientId,
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const http = createHttpClient({
    // The grant's own base, never a newer setting: a token only goes to the server that issued it.
    prefixUrl: () => auth.apiBase(),
    getAccessToken: () => auth.getAccessToken(),
    forceRefresh: (rejected) => auth.forceRefresh(rejected),
    rateLimitStyle: 'webex',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const api = createWebexClient({ http });

  async function loadProfile(): Promise<WebexProfile> {
    const profile = profileFromPerson(await api.currentUser());
    await auth.saveProfile(profile);
    return profile;
  }

  return {
    auth,
    api,
    redirectUrl: options.redirectUrl,

    async signIn() {
      try {
        await auth.signIn();
      } catch (error) {
        throw toWebexError(error);
      }
      try {
        return await loadProfile();
      } catch (error) {
        // Half a sign-in (tokens, no idea whose) is worse than none.
        await auth.signOut();
        throw error;
      }
    },

    signOut: () => auth.signOut(),
    refreshProfile: loadProfile,

    async status() {
      if (await auth.isSignedIn()) {
        const saved = await auth.profile();
        if (saved) return { connected: true, user: saved };
        try {
          return { connected: true, user: await loadProfile() };
        } catch (error) {
          return {
            connected: false,
            reason: error instanceof ApiError ? error.message : WEBEX_MESSAGES.unexpected,
          };
        }
      }
      const reason = await auth.signedOutReason();
      return reason ? { connected: false, reason } : { connected: false };
    },
  };
}
