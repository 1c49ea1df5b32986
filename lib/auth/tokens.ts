import {
  type ZoomProfile,
  zoomAccessTokenItem,
  zoomGrantItem,
  zoomProfileItem,
  zoomSignedOutItem,
} from '../storage';
import type { TokenSet } from './oauth';

export interface Grant {
  refreshToken: string;
  oauthBase: string;
  apiBase: string;
  clientId: string;
}

export interface AccessToken {
  accessToken: string;
  expiresAt: number;
}

/**
 * Where the tokens live. The split is the point: the access token only in `session:` storage, the
 * refresh token (with the server that issued it) in `local:`. Nothing here logs a value.
 */
export function createTokenStore() {
  return {
    readAccess: (): Promise<AccessToken | null> => zoomAccessTokenItem.get(),
    readGrant: (): Promise<Grant | null> => zoomGrantItem.get(),

    /** After sign-in or refresh. A response without a refresh token keeps the one we had. */
    async save(tokens: TokenSet, grant: Grant): Promise<void> {
      await zoomAccessTokenItem.set({ accessToken: tokens.accessToken, expiresAt: tokens.expiresAt });
      await zoomGrantItem.set({ ...grant, refreshToken: tokens.refreshToken ?? grant.refreshToken });
    },

    /** Drops every token and the profile; `reason` is kept when the person did not ask to leave. */
    async forget(reason?: string, now = Date.now()): Promise<void> {
      await Promise.all([zoomAccessTokenItem.remove(), zoomGrantItem.remove(), zoomProfileItem.remove()]);
      if (reason) await zoomSignedOutItem.set({ reason, at: now });
      else await zoomSignedOutItem.remove();
    },

    clearSignedOutReason: () => zoomSignedOutItem.remove(),
    readSignedOutReason: async (): Promise<string | null> => (await zoomSignedOutItem.get())?.reason ?? null,
    readProfile: (): Promise<ZoomProfile | null> => zoomProfileItem.get(),
    saveProfile: (profile: ZoomProfile): Promise<void> => zoomProfileItem.set(profile),
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
