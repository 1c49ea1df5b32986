import { createHttpClient, type HttpClient } from '../http/client';
import type { HttpDialect } from '../http/dialect';
import { ApiError } from '../http/errors';
import {
  type AccountMessages,
  type AuthSession,
  type AuthSessionOptions,
  createAuthSession,
  type SessionEndpoints,
} from './session';

/** What the background (or a test) hands every provider's connection: the browser and the clock. */
export interface ConnectionOptions {
  /** `browser.identity.getRedirectURL()`: also what the options page shows to register. */
  redirectUrl: string;
  /** Wraps `browser.identity.launchWebAuthFlow({ url, interactive: true })`. */
  launchWebAuthFlow(url: string): Promise<string>;
  /** The endpoints in force; the provider's default when absent. */
  resolveEndpoints?: () => Promise<SessionEndpoints>;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  timeoutMs?: number;
}

/** What differs between providers: storage, OAuth and wording, rate limits, and the API on top. */
export interface ConnectionSpec<P, Api> {
  session: Pick<AuthSessionOptions<P>, 'store' | 'oauth' | 'resolveEndpoints'> & {
    messages: AccountMessages;
  };
  /** How its API speaks: the wording of failures, error bodies, rate limits (lib/http/dialect.ts). */
  dialect: HttpDialect;
  /** The API client on the account's HTTP, and how to read who signed in. */
  client(http: HttpClient, auth: AuthSession<P>): { api: Api; readProfile(): Promise<P> };
  /** Rewords a failed sign-in, when the provider words its errors further than its dialect. */
  wordSignInError?: (error: unknown) => unknown;
}

export type AccountStatus<P> = { connected: true; user: P } | { connected: false; reason?: string };

export interface Connection<P, Api> {
  auth: AuthSession<P>;
  api: Api;
  redirectUrl: string;
  signIn(): Promise<P>;
  signOut(): Promise<void>;
  status(): Promise<AccountStatus<P>>;
  /** Reads who signed in again and saves it; the status then shows what the provider says now. */
  refreshProfile(): Promise<P>;
}

/** One account in the background: sign-in, the API client on its tokens, and its status. */
export function createConnection<P, Api>(
  spec: ConnectionSpec<P, Api>,
  options: ConnectionOptions,
): Connection<P, Api> {
  const auth = createAuthSession<P>({
    ...spec.session,
    messages: { ...spec.dialect.messages, ...spec.session.messages },
    redirectUrl: options.redirectUrl,
    launchWebAuthFlow: options.launchWebAuthFlow,
    ...pick(options, ['resolveEndpoints', 'fetch', 'now']),
  });
  const http = createHttpClient({
    // The grant's own base, never a newer setting: a token only goes to the server that issued it.
    prefixUrl: () => auth.apiBase(),
    getAccessToken: () => auth.getAccessToken(),
    forceRefresh: (rejected) => auth.forceRefresh(rejected),
    dialect: spec.dialect,
    ...pick(options, ['fetch', 'now', 'sleep', 'random', 'timeoutMs']),
  });
  const { api, readProfile } = spec.client(http, auth);
  const wordSignInError = spec.wordSignInError ?? ((error: unknown) => error);

  async function loadProfile(): Promise<P> {
    const profile = await readProfile();
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
        throw wordSignInError(error);
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
          // Signed in, but whose account is unknown right now: say why rather than guess.
          const reason = error instanceof ApiError ? error.message : spec.dialect.messages.unexpected;
          return { connected: false, reason };
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

/**
 * The calendar button's sign-in: a grant already held is revoked first (a page must not collect
 * grants, each a live token), then a new one is made. Answers whether the account is connected.
 */
export async function signInAgain(
  connection: Pick<Connection<unknown, unknown>, 'signIn' | 'signOut' | 'status'>,
): Promise<boolean> {
  if ((await connection.status()).connected) await connection.signOut();
  await connection.signIn();
  return (await connection.status()).connected;
}

/**
 * The answers every account gives the extension's pages: its status (read again from the provider
 * on `refresh`), sign-in and sign-out, each answering the status after. A refused token during the
 * refresh signs the person out and the status says why; any other failure (offline) leaves the
 * saved profile on show.
 */
export function accountAnswers<P>(
  connection: Pick<Connection<P, unknown>, 'signIn' | 'signOut' | 'status' | 'refreshProfile'>,
  describe: (error: unknown) => string,
) {
  const status = () => connection.status();
  return {
    async status({ refresh }: { refresh?: boolean | undefined }): Promise<AccountStatus<P>> {
      const current = await status();
      if (!refresh || !current.connected) return current;
      await connection.refreshProfile().catch((error: unknown) => {
        console.warn('Could not refresh the profile:', describe(error));
      });
      return status();
    },
    async signIn(): Promise<AccountStatus<P>> {
      await connection.signIn();
      return status();
    },
    async signOut(): Promise<AccountStatus<P>> {
      await connection.signOut();
      return status();
    },
  };
}
