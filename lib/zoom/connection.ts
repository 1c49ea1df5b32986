import { type AuthSession, createAuthSession } from '../auth/session';
import { createHttpClient } from '../http/client';
import { ApiError, MESSAGES } from '../http/errors';
import type { ZoomEndpoints, ZoomProfile } from '../storage';
import { createZoomClient, profileFromUser, type ZoomClient } from './client';
import { createZoomPaths } from './paths';

export interface ZoomConnectionOptions {
  /** `browser.identity.getRedirectURL()`: also what the options page shows to register in Zoom. */
  redirectUrl: string;
  /** Wraps `browser.identity.launchWebAuthFlow({ url, interactive: true })`. */
  launchWebAuthFlow(url: string): Promise<string>;
  /** `account`: paths under `accounts/{accountId}/`, the id taken from the signed-in profile. */
  level?: 'user' | 'account';
  resolveEndpoints?: () => Promise<ZoomEndpoints>;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  timeoutMs?: number;
}

export type ZoomStatus = { connected: true; user: ZoomProfile } | { connected: false; reason?: string };

export interface ZoomConnection {
  auth: AuthSession;
  api: ZoomClient;
  redirectUrl: string;
  signIn(): Promise<ZoomProfile>;
  signOut(): Promise<void>;
  status(): Promise<ZoomStatus>;
  /** Reads `users/me` again (name, plan) and saves it; the status then shows what Zoom says now. */
  refreshProfile(): Promise<ZoomProfile>;
}

/** The background's one Zoom account: sign-in, the API client on its tokens, and its status. */
export function createZoomConnection(options: ZoomConnectionOptions): ZoomConnection {
  const auth = createAuthSession(options);
  const http = createHttpClient({
    // The grant's own base, never a newer setting: a token only goes to the server that issued it.
    prefixUrl: () => auth.apiBase(),
    getAccessToken: () => auth.getAccessToken(),
    forceRefresh: (rejected) => auth.forceRefresh(rejected),
    ...pick(options, ['fetch', 'now', 'sleep', 'random', 'timeoutMs']),
  });
  const userPaths = createZoomPaths({ level: 'user' });
  const api = createZoomClient({
    http,
    paths: async () => {
      if (options.level !== 'account') return userPaths;
      const profile = await auth.profile();
      if (!profile?.accountId) throw new ApiError({ kind: 'signed-out', message: MESSAGES.notSignedIn });
      return createZoomPaths({ level: 'account', accountId: profile.accountId });
    },
  });
  // The account id is learned from `users/me`, so the profile is always read at user level.
  const profileReader = createZoomClient({ http, paths: userPaths });

  async function loadProfile(): Promise<ZoomProfile> {
    const profile = profileFromUser(await profileReader.currentUser());
    await auth.saveProfile(profile);
    return profile;
  }

  return {
    auth,
    api,
    redirectUrl: options.redirectUrl,

    async signIn() {
      await auth.signIn();
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
          // Signed in, but whose account is unknown right now: say why rather than guess.
          return {
            connected: false,
            reason: error instanceof ApiError ? error.message : MESSAGES.unexpected,
          };
        }
      }
      const reason = await auth.signedOutReason();
      return reason ? { connected: false, reason } : { connected: false };
    },
  };
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
