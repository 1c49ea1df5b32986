import { createLivestreamService, type LivestreamLog } from '../popup/livestream';
import { registrantCounts, startUrl } from '../popup/registrants';
import { scheduleMeeting } from '../popup/schedule';
import { createSummariesService } from '../popup/summaries';
import { loadUpcoming } from '../popup/upcoming';
import { inArea, ViewError } from '../popup/view-errors';
import type { Upcoming } from '../protocol/popup';
import type { ZoomProfile } from '../storage';
import type { ValidatedItem } from '../storage-item';
import type { ZoomClient } from '../zoom/client';
import type { Handlers } from './router';

export interface PopupServices {
  api: ZoomClient;
  profile(): Promise<ZoomProfile | null>;
  upcomingCache: ValidatedItem<Upcoming | null>;
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

/** The popup's and the menu windows' answers; merged into the others in handlers.ts. */
export function createPopupHandlers(services: PopupServices): PopupHandlers {
  const { api } = services;
  const now = services.now ?? Date.now;
  const livestream = createLivestreamService({ api, log: services.livestreamLog, now });
  const summaries = createSummariesService(api);

  return {
    'upcoming.list': async () => {
      const profile = await services.profile();
      if (!profile) throw new ViewError('signed-out', 'You are not signed in to Zoom.');
      const items = await inArea('meeting', () => loadUpcoming(api, now()));
      const upcoming = { userId: profile.userId, fetchedAt: now(), items };
      // Written here, read by the popup directly on its next opening (before any message).
      await services.upcomingCache.set(upcoming);
      return upcoming;
    },
    'meeting.start': async ({ id, kind }) => {
      await services.openTab(await startUrl(api, kind, id));
      return { opened: true };
    },
    'meeting.invitation': ({ id }) => inArea('meeting', () => api.meetings.invitation(id)),
    'registrants.counts': ({ id, kind }) => registrantCounts(api, kind, id),
    'livestream.get': ({ id }) => livestream.view(id),
    'livestream.update': ({ id, settings }) => livestream.update(id, settings),
    'livestream.setStatus': ({ id, action, settings }) => livestream.setStatus(id, action, settings),
    'summaries.list': (query) => summaries.list(query),
    'summaries.get': ({ uuid }) => summaries.get(uuid),
    'meeting.schedule': (request) => inArea('meeting', () => scheduleMeeting(api, request)),
  };
}
