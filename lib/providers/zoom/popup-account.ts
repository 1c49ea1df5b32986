import { type AccountSource, type PopupAccount, userIdOf } from '../../popup/accounts';
import type { ZoomClient } from './client';
import { registrantCounts } from './registrant-counts';
import { loadUpcoming } from './upcoming';

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
