import { type AccountSource, type PopupAccount, popupAccount } from '../../popup/accounts';
import type { ZoomClient } from './client';
import { registrantCounts } from './registrant-counts';
import { loadUpcoming } from './upcoming';

export function zoomPopupAccount(source: AccountSource<ZoomClient>): PopupAccount {
  const { api } = source;
  return popupAccount('zoom', source, {
    upcoming: (now) => loadUpcoming(api, now),
    invitation: async (id) => (await api.meetings.invitation(id)).invitation,
    registrantCounts: (id, kind) => registrantCounts(api, kind, id),
  });
}
