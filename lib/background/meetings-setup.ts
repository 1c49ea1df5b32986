import { createMeetingDispatch } from '../meetings/dispatch';
import { createLinkStore } from '../meetings/link-store';
import { createMeetingService } from '../providers/zoom/meeting-service';
import { createWebexMeetingService } from '../providers/webex/meeting-service';
import { type MeetingDefaults, settingsItem } from '../storage';
import type { WebexConnection } from '../providers/webex/connection';
import type { ZoomConnection } from '../providers/zoom/connection';

/** The `meeting.*` services of both providers over one link store (services.ts loads this lazily). */
export function createMeetings({
  zoom,
  webex,
  defaults,
}: {
  zoom: ZoomConnection;
  webex: WebexConnection;
  defaults: () => Promise<MeetingDefaults>;
}) {
  // One link store for both providers: its writes are queued, and two stores would not see each other's.
  const links = createLinkStore();
  return createMeetingDispatch({
    zoom: createMeetingService({
      api: zoom.api,
      links,
      defaults,
      session: zoom.auth,
      apiBase: () => zoom.auth.apiBase(),
    }),
    webex: createWebexMeetingService({
      api: webex.api,
      links,
      defaults,
      session: webex.auth,
    }),
    links,
    defaultProvider: async () => (await settingsItem.get()).defaultProvider,
    signedIn: { zoom: () => zoom.auth.isSignedIn(), webex: () => webex.auth.isSignedIn() },
  });
}
