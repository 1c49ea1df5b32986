import type { EventKind, Provider, RegistrantCounts, UpcomingCache, UpcomingItem } from '../protocol/popup';
import type { ValidatedItem } from '../storage-item';
import type { WebexClient } from '../providers/webex/client';
import type { ZoomClient } from '../providers/zoom/client';
import { registrantCounts, webexRegistrantCounts } from './registrants';
import { loadUpcoming } from './upcoming';
import { composeWebexInvitation } from '../providers/webex/invitation';
import { loadWebexUpcoming } from '../providers/webex/upcoming';

/**
 * What the popup asks of one connected account. Zoom and Webex each implement it, so the handlers
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

export function zoomPopupAccount(source: AccountSource<ZoomClient>): PopupAccount {
  const { api } = source;
  return {
    provider: 'zoom',
    userId: () => userIdOf(source),
    cache: source.upcomingCache,
    upcoming: (now) => loadUpcoming(api, now),
    invitation: async (id) => (await api.meetings.invitation(id)).invitation,
    registrantCounts: (id, kind) => registrantCounts(api, kind, id),
  };
}

export type WebexPopupApi = Pick<WebexClient, 'meetings' | 'registrants'>;

export function webexPopupAccount(source: AccountSource<WebexPopupApi>): PopupAccount {
  const { api } = source;
  return {
    provider: 'webex',
    userId: () => userIdOf(source),
    cache: source.upcomingCache,
    upcoming: (now) => loadWebexUpcoming(api, now),
    // Read on click, never cached: the password is in it.
    invitation: async (id) => composeWebexInvitation(await api.meetings.get(id)),
    registrantCounts: (id) => webexRegistrantCounts(api, id),
  };
}
