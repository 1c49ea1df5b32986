import { INVALID, nonEmpty, nullable, number, objectOf, type Parse, string } from '../shape';
import type { AccountStatus } from './connection';
import { type Grant, sameServers, type Servers } from './tokens';
import { url } from './url-shape';

// An account's status read straight from storage, without zod, for the background's first answer
// (lib/background/first-answer.ts). It gives what `status()` of connection.ts gives over the
// session of session.ts, in the cases that only read. A value of the wrong shape (which the full
// answer sets aside), a grant for other servers (which it ends) and a grant without a saved
// profile (which it fetches) give UNKNOWN, and the full answer runs.
// test/unit/background/first-answer.test.ts holds the two to the same answers.

export const UNKNOWN: unique symbol = Symbol('unknown');

/** `GrantSchema` (lib/storage.ts). */
const grant = objectOf<Grant>({ refreshToken: nonEmpty, oauthBase: url, apiBase: url, clientId: string });
/** `SignedOutSchema`. */
const signedOut = objectOf<{ reason: string; at: number }>({ reason: string, at: number });

/** One account's sign-in items as `storage.local` holds them. */
export interface StoredSignIn {
  grant: unknown;
  profile: unknown;
  signedOut: unknown;
}

/**
 * `servers`: the servers in force, asked only when a grant is held (as the session does);
 * UNKNOWN when they cannot be told without the full answer.
 */
export function storedStatus<P>(
  stored: StoredSignIn,
  parseProfile: Parse<P>,
  servers: () => Servers | typeof UNKNOWN,
): AccountStatus<P> | typeof UNKNOWN {
  const held = nullable(grant)(stored.grant);
  if (held === INVALID) return UNKNOWN;
  if (held === null) {
    const why = nullable(signedOut)(stored.signedOut);
    if (why === INVALID) return UNKNOWN;
    return why ? { connected: false, reason: why.reason } : { connected: false };
  }
  const inForce = servers();
  if (inForce === UNKNOWN || !sameServers(inForce, held)) return UNKNOWN;
  const user = nullable(parseProfile)(stored.profile);
  if (user === INVALID || user === null) return UNKNOWN;
  return { connected: true, user };
}
