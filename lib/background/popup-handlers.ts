import {
  type AccountSource,
  type PopupAccount,
  webexPopupAccount,
  type WebexPopupApi,
  zoomPopupAccount,
} from '../popup/accounts';
import { createLivestreamService, type LivestreamLog } from '../popup/livestream';
import { startUrl } from '../popup/registrants';
import { scheduleMeeting } from '../popup/schedule';
import { createSummariesService } from '../popup/summaries';
import { listUpcoming } from '../popup/upcoming-list';
import { inArea, ViewError } from '../popup/view-errors';
import type { Provider, UpcomingCache } from '../protocol/popup';
import type { WebexProfile, ZoomProfile } from '../storage';
import type { ValidatedItem } from '../storage-item';
import type { ZoomClient } from '../providers/zoom/client';
import type { Handlers } from './router';

export interface PopupServices {
  api: ZoomClient;
  profile(): Promise<ZoomProfile | null>;
  upcomingCache: ValidatedItem<UpcomingCache | null>;
  /** The Webex account beside Zoom's; both may be connected at once. Absent: Zoom only. */
  webex?: AccountSource<WebexPopupApi> & { profile(): Promise<WebexProfile | null> };
  livestreamLog: ValidatedItem<LivestreamLog>;
  openTab(url: string): Promise<void>;
  now?: () => number;
}

type PopupHandlers = Pick<
  Handlers,
  | 'upcoming.list'
  | 'meeting.start'
  | 'meeting.invitation'
  | 'registrants.counts'
  | 'livestream.get'
  | 'livestream.update'
  | 'livestream.setStatus'
  | 'summaries.list'
  | 'summaries.get'
  | 'meeting.schedule'
>;

/** The popup's and the menu windows' answers, built when the first of their messages comes (services.ts). */
export function createPopupHandlers(services: PopupServices): PopupHandlers {
  const { api } = services;
  const now = services.now ?? Date.now;
  const livestream = createLivestreamService({ api, log: services.livestreamLog, now });
  const summaries = createSummariesService(api);
  // Start, live stream, summaries and scheduling are Zoom's alone; the rest go to either account.
  const accounts: Partial<Record<Provider, PopupAccount>> = {
    zoom: zoomPopupAccount(services),
    ...(services.webex ? { webex: webexPopupAccount(services.webex) } : {}),
  };
  const account = (provider: Provider = 'zoom'): PopupAccount => {
    const found = accounts[provider];
    if (!found) throw new ViewError('signed-out', `This extension has no ${provider} account set up.`);
    return found;
  };

  return {
    'upcoming.list': () => listUpcoming(Object.values(accounts), now),
    'meeting.start': async ({ id, kind }) => {
      await services.openTab(await startUrl(api, kind, id));
      return { opened: true };
    },
    'meeting.invitation': ({ id, provider }) =>
      inArea('meeting', async () => ({ invitation: await account(provider).invitation(id) })),
    'registrants.counts': ({ id, kind, provider }) => account(provider).registrantCounts(id, kind),
    'livestream.get': ({ id }) => livestream.view(id),
    'livestream.update': ({ id, settings }) => livestream.update(id, settings),
    'livestream.setStatus': ({ id, action, settings }) => livestream.setStatus(id, action, settings),
    'summaries.list': (query) => summaries.list(query),
    'summaries.get': ({ uuid }) => summaries.get(uuid),
    'meeting.schedule': (request) => inArea('meeting', () => scheduleMeeting(api, request)),
  };
}
