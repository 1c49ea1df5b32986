import type { Handlers } from '../../messaging';
import { inArea } from '../../popup/view-errors';
import type { ValidatedItem } from '../../storage-item';
import type { ZoomClient } from './client';
import { createLivestreamService, type LivestreamLog } from './livestream-service';
import { startUrl } from './registrant-counts';
import { scheduleMeeting } from './schedule';
import { createSummariesService } from './summaries-service';

export interface ZoomPopupServices {
  api: ZoomClient;
  livestreamLog: ValidatedItem<LivestreamLog>;
  openTab(url: string): Promise<void>;
  now?: () => number;
}

type ZoomPopupHandlers = Pick<
  Handlers,
  | 'meeting.start'
  | 'livestream.get'
  | 'livestream.update'
  | 'livestream.setStatus'
  | 'summaries.list'
  | 'summaries.get'
  | 'meeting.schedule'
>;

/** What the popup and the menu windows offer for Zoom alone: start, live stream, summaries, scheduling. */
export function createZoomPopupHandlers(services: ZoomPopupServices): ZoomPopupHandlers {
  const { api } = services;
  const now = services.now ?? Date.now;
  const livestream = createLivestreamService({ api, log: services.livestreamLog, now });
  const summaries = createSummariesService(api);
  return {
    'meeting.start': async ({ id, kind }) => {
      await services.openTab(await startUrl(api, kind, id));
      return { opened: true };
    },
    'livestream.get': ({ id }) => livestream.view(id),
    'livestream.update': ({ id, settings }) => livestream.update(id, settings),
    'livestream.setStatus': ({ id, action, settings }) => livestream.setStatus(id, action, settings),
    'summaries.list': (query) => summaries.list(query),
    'summaries.get': ({ uuid }) => summaries.get(uuid),
    'meeting.schedule': (request) => inArea('meeting', () => scheduleMeeting(api, request)),
  };
}
