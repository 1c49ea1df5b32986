import type { PopupAccount } from '../popup/accounts';
import { listUpcoming } from '../popup/upcoming-list';
import { inArea, ViewError } from '../popup/view-errors';
import type { Provider } from '../protocol/popup';
import { LEGACY_PROVIDER } from '../brands/brands';
import { PROVIDER_NAMES } from '../brands/names';
import type { Handlers } from './router';

export interface PopupServices {
  /** Every provider's popup account, in the registry's order; the signed-out ones list nothing. */
  accounts: readonly PopupAccount[];
  now?: () => number;
}

type PopupHandlers = Pick<Handlers, 'upcoming.list' | 'meeting.invitation' | 'registrants.counts'>;

/**
 * The popup's and the menu windows' answers that every provider gives; what only one provider
 * offers (Zoom's live stream, summaries, start, scheduling) is among that provider's own handlers.
 */
export function createPopupHandlers(services: PopupServices): PopupHandlers {
  const now = services.now ?? Date.now;
  // A request naming no provider is about the legacy provider's meeting (pages from before there were others).
  const account = (provider: Provider = LEGACY_PROVIDER): PopupAccount => {
    const found = services.accounts.find((a) => a.provider === provider);
    if (!found)
      throw new ViewError('signed-out', `This extension has no ${PROVIDER_NAMES[provider]} account set up.`);
    return found;
  };
  return {
    'upcoming.list': () => listUpcoming(services.accounts, now),
    'meeting.invitation': ({ id, provider }) =>
      inArea('meeting', async () => ({ invitation: await account(provider).invitation(id) })),
    'registrants.counts': ({ id, kind, provider }) => account(provider).registrantCounts(id, kind),
  };
}
