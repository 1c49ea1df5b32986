import type { ValidatedItem } from '../storage-item';
import type { TokenSet } from './oauth';

export interface Grant {
  refreshToken: string;
  oauthBase: string;
  apiBase: string;
  clientId: string;
}

/** The servers a grant belongs to. */
export type Servers = Pick<Grant, 'oauthBase' | 'apiBase' | 'clientId'>;

/** A token is only ever sent to the server that issued it: a grant for other servers is ended. */
export function sameServers(a: Servers, b: Servers): boolean {
  return a.oauthBase === b.oauthBase && a.apiBase === b.apiBase && a.clientId === b.clientId;
}

export interface AccessToken {
  accessToken: string;
  expiresAt: number;
}

/** The four storage items of one provider's sign-in; each provider has its own keys. */
export interface TokenItems<P> {
  access: ValidatedItem<AccessToken | null>;
  grant: ValidatedItem<Grant | null>;
  profile: ValidatedItem<P | null>;
  signedOut: ValidatedItem<{ reason: string; at: number } | null>;
}

/**
 * Where the tokens live. The split is the point: the access token only in `session:` storage, the
 * refresh token (with the server that issued it) in `local:`. Nothing here logs a value.
 */
export function createTokenStore<P>(items: TokenItems<P>) {
  return {
    readAccess: (): Promise<AccessToken | null> => items.access.get(),
    readGrant: (): Promise<Grant | null> => items.grant.get(),

    /** After sign-in or refresh. A response without a refresh token keeps the one we had. */
    async save(tokens: TokenSet, grant: Grant): Promise<void> {
      await items.access.set({ accessToken: tokens.accessToken, expiresAt: tokens.expiresAt });
      await items.grant.set({ ...grant, refreshToken: tokens.refreshToken ?? grant.refreshToken });
    },

    /** Drops every token and the profile; `reason` is kept when the person did not ask to leave. */
    async forget(reason?: string, now = Date.now()): Promise<void> {
      await Promise.all([items.access.remove(), items.grant.remove(), items.profile.remove()]);
      if (reason) await items.signedOut.set({ reason, at: now });
      else await items.signedOut.remove();
    },

    clearSignedOutReason: () => items.signedOut.remove(),
    readSignedOutReason: async (): Promise<string | null> => (await items.signedOut.get())?.reason ?? null,
    readProfile: (): Promise<P | null> => items.profile.get(),
    saveProfile: (profile: P): Promise<void> => items.profile.set(profile),
  };
}

export type TokenStore<P> = ReturnType<typeof createTokenStore<P>>;
