import type { AccountStatus } from '../auth/connection';
import type { UNKNOWN } from '../auth/stored-status';
import type { Servers } from '../auth/tokens';
import type { MessageName } from '../messaging';
import type { Parse } from '../shape';
import type { StoredServers } from '../stored-settings';

/** A storage area as the first answer reads it (`storage.local`, `storage.managed`). */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/**
 * A provider's status as its stored sign-in gives it, without zod: the background answers it
 * before the rest of itself loads (lib/background/first-answer.ts). A provider without one has its
 * status answered the usual way.
 */
export interface StoredStatusSource<P = unknown> {
  /** The status message it answers (a request of `{}` or `{ refresh: false }`). */
  message: MessageName;
  /** That message's answer around the status. */
  reply(status: AccountStatus<P>): unknown;
  /** The `storage.local` keys of the account's sign-in items (lib/storage.ts). */
  keys: { grant: string; profile: string; signedOut: string };
  /** The profile item's check, as its schema. */
  profile: Parse<P>;
  /** The `storage.managed` keys of its enterprise policy, read beside the sign-in items. */
  policyKeys?: readonly string[];
  /** The servers in force from the stored settings and policy (absent: {}); UNKNOWN to pass. */
  servers(settings: StoredServers, policy: Record<string, unknown>): Servers | typeof UNKNOWN;
}
