import type { EventKind, Provider, RegistrantCounts, UpcomingCache, UpcomingItem } from '../protocol/popup';
import type { ValidatedItem } from '../storage-item';

/**
 * What the popup asks of one connected account. Each provider implements it (lib/providers/<key>/popup-account.ts), so the handlers
 * and views have no provider branches: a provider is an entry in the list.
 */
export interface PopupAccount {
  readonly provider: Provider;
  /** The signed-in person's id; null when this account is not connected. */
  userId(): Promise<string | null>;
  /** This account's last list, kept per person. */
  readonly cache: ValidatedItem<UpcomingCache | null>;
  upcoming(now: number): Promise<UpcomingItem[]>;
  invitation(id: string): Promise<string>;
  registrantCounts(id: string, kind: EventKind): Promise<RegistrantCounts>;
}

export interface AccountSource<Api> {
  api: Api;
  profile(): Promise<{ userId: string } | null>;
  upcomingCache: ValidatedItem<UpcomingCache | null>;
}

const userIdOf = async (source: AccountSource<unknown>) => (await source.profile())?.userId ?? null;

/** What a provider adds to its account's source: its list, its invitations, its counts. */
export type PopupReads = Pick<PopupAccount, 'upcoming' | 'invitation' | 'registrantCounts'>;

/** A provider's popup account: the signed-in person and the cache from its source, its own reads. */
export const popupAccount = (
  provider: PopupAccount['provider'],
  source: AccountSource<unknown>,
  reads: PopupReads,
): PopupAccount => ({ provider, userId: () => userIdOf(source), cache: source.upcomingCache, ...reads });
