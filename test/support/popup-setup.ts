// Popup handlers over a fake Zoom: a few routes answer like the seeded sandbox, the rest say 3001.
import { vi } from 'vitest';
import { createPopupHandlers } from '@/lib/background/popup-handlers';
import type { AccountSource } from '@/lib/popup/accounts';
import type { UpcomingCache } from '@/lib/protocol/popup';
import type { ValidatedItem } from '@/lib/storage-item';
import { webexPopupAccount, type WebexPopupApi } from '@/lib/providers/webex/popup-account';
import type { ZoomClient } from '@/lib/providers/zoom/client';
import { zoomPopupAccount } from '@/lib/providers/zoom/popup-account';
import { createZoomPopupHandlers } from '@/lib/providers/zoom/popup-handlers';
import type { LivestreamLog } from '@/lib/providers/zoom/livestream-service';
import { livestreamLogItem } from '@/lib/providers/zoom/livestream-items';
import { upcomingCacheItem } from '@/lib/popup/upcoming-items';
import { type Call, json } from './fake-fetch';
import { answerRoutes, fakeZoomApi } from './fake-provider-api';

export const NOW = Date.parse('2026-03-01T10:00:00Z');
export const sender = { id: 'x', url: 'chrome-extension://x/popup.html' };
export const profile = {
  userId: 'u1',
  displayName: 'Ada',
  email: 'a@x',
  accountType: 'licensed',
  accountId: 'a',
} as const;

export const row = (id: number, topic: string, start: string, duration = 60) => ({
  id,
  topic,
  type: 2,
  join_url: `https://zoom.us/j/${id}`,
  start_url: `https://zoom.us/s/${id}?zak=secret`,
  start_time: start,
  duration,
});

/** The seeded sandbox's upcoming meetings and an ended webinar; `extra` answers more or differently. */
function routes(extra: Record<string, (call: Call) => Response> = {}) {
  return answerRoutes('zoom', {
    'GET users/me/meetings': () =>
      json({
        meetings: [row(2, 'Later', '2026-03-03T10:00:00Z'), row(1, 'Sooner', '2026-03-02T10:00:00Z')],
      }),
    'GET users/me/webinars': () =>
      json({ webinars: [{ ...row(9, 'Ended webinar', '2026-02-01T10:00:00Z'), type: 5 }] }),
    ...extra,
  });
}

export function setup(extra: Record<string, (call: Call) => Response> = {}) {
  const zoom = fakeZoomApi(routes(extra));
  const openTab = vi.fn(async (_url: string) => {});
  const handlers = popupHandlers({
    api: zoom.zoom,
    profile: async () => profile,
    upcomingCache: upcomingCacheItem,
    livestreamLog: livestreamLogItem,
    openTab,
    now: () => NOW,
  });
  return { ...zoom, handlers, openTab };
}

/**
 * The popup's answers as the background merges them: the shared ones over each provider's popup
 * account (Zoom's, and Webex's when given), plus what only Zoom offers.
 */
export function popupHandlers(services: {
  api: ZoomClient;
  profile(): Promise<{ userId: string } | null>;
  upcomingCache: ValidatedItem<UpcomingCache | null>;
  webex?: AccountSource<WebexPopupApi>;
  livestreamLog: ValidatedItem<LivestreamLog>;
  openTab(url: string): Promise<void>;
  now?: () => number;
}) {
  const accounts = [
    zoomPopupAccount(services),
    ...(services.webex ? [webexPopupAccount(services.webex)] : []),
  ];
  const now = services.now ?? Date.now;
  return {
    ...createPopupHandlers({ accounts, now }),
    ...createZoomPopupHandlers({ ...services, now }),
  };
}
