import { type AccountSource, type PopupAccount, popupAccount } from '../../popup/accounts';
import type { WebexClient } from './client';
import { composeWebexInvitation } from './invitation';
import { webexRegistrantCounts } from './registrant-counts';
import { loadWebexUpcoming } from './upcoming';

export type WebexPopupApi = Pick<WebexClient, 'meetings' | 'registrants'>;

export function webexPopupAccount(source: AccountSource<WebexPopupApi>): PopupAccount {
  const { api } = source;
  return popupAccount('webex', source, {
    upcoming: (now) => loadWebexUpcoming(api, now),
    // Read on click, never cached: the password is in it.
    invitation: async (id) => composeWebexInvitation(await api.meetings.get(id)),
    registrantCounts: (id) => webexRegistrantCounts(api, id),
  });
}
