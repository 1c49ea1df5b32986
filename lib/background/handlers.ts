import type { ResolvedZoomEndpoints } from '../auth/endpoints';
import type { ConnectionStatus, ZoomSettingsView } from '../messaging';
import type { MeetingDispatch } from '../meetings/dispatch';
import type { MeetingDefaults, ZoomEndpoints } from '../storage';
import type { ZoomConnection } from '../providers/zoom/connection';
import { describeError } from './describe-error';
import type { Handlers } from './router';
import { tabOfEvent, tabOfPeekedEvent } from './sender-event';

export interface Services {
  zoom: Pick<ZoomConnection, 'signIn' | 'signOut' | 'status' | 'refreshProfile'>;
  redirectUrl: string;
  resolveZoomEndpoints(): Promise<ResolvedZoomEndpoints>;
  saveZoomEndpoints(endpoints: ZoomEndpoints): Promise<void>;
  meetings: Pick<MeetingDispatch, 'providers' | 'attach' | 'linkFor' | 'sync' | 'remove'>;
  meetingDefaults: { get(): Promise<MeetingDefaults>; save(defaults: MeetingDefaults): Promise<void> };
}

/** The background's answers, one per protocol message; entrypoints/background.ts wires them. */
export function createHandlers(services: Services): Partial<Handlers> {
  const status = async (): Promise<ConnectionStatus> => ({ zoom: await services.zoom.status() });
  const settingsView = async (): Promise<ZoomSettingsView> => ({
    ...(await services.resolveZoomEndpoints()),
    redirectUrl: services.redirectUrl,
  });

  return {
    'status.get': async ({ refresh }) => {
      const current = await status();
      if (!refresh || !current.zoom.connected) return current;
      // A refused token during the read signs the person out and the status says why; any other
      // failure (offline) leaves the saved profile on show.
      await services.zoom.refreshProfile().catch((error: unknown) => {
        console.warn('Could not refresh the Zoom profile:', describeError(error).code);
      });
      return status();
    },
    'auth.signIn': async () => {
      await services.zoom.signIn();
      return status();
    },
    'auth.signOut': async () => {
      await services.zoom.signOut();
      return status();
    },
    'settings.getZoom': settingsView,
    'settings.saveZoom': async (endpoints) => {
      const { locked, endpoints: current } = await services.resolveZoomEndpoints();
      // A field set by policy keeps the policy's value whatever the page sent.
      const merged: ZoomEndpoints = {
        preset: locked.preset ? current.preset : endpoints.preset,
        oauthBase: locked.oauthBase ? current.oauthBase : endpoints.oauthBase,
        apiBase: locked.apiBase ? current.apiBase : endpoints.apiBase,
        clientId: locked.clientId ? current.clientId : endpoints.clientId.trim(),
      };
      const moved = (['oauthBase', 'apiBase', 'clientId'] as const).some((k) => merged[k] !== current[k]);
      // Revoke while the old server is still the configured one; afterwards the grant is unusable.
      if (moved) await services.zoom.signOut();
      await services.saveZoomEndpoints(merged);
      return settingsView();
    },
    'settings.getMeetingDefaults': () => services.meetingDefaults.get(),
    'settings.saveMeetingDefaults': async (defaults) => {
      await services.meetingDefaults.save(defaults);
      return services.meetingDefaults.get();
    },
    'meeting.providers': () => services.meetings.providers(),
    // Each acts on the event the sending tab shows, and only on the meeting linked to that event.
    'meeting.attach': async ({ event, provider }, sender) =>
      services.meetings.attach(event, provider, tabOfEvent(event, sender)),
    'meeting.linkFor': async ({ event, adopt }, sender) =>
      services.meetings.linkFor(event, tabOfEvent(event, sender), adopt === true),
    'meeting.sync': async ({ event }, sender) => services.meetings.sync(event, tabOfEvent(event, sender)),
    // These two also come from the grid's event popover, whose address shows no event id
    // (tabOfPeekedEvent says why that is safe enough).
    'meeting.linkedTo': async ({ event }, sender) => {
      const tabId = tabOfPeekedEvent(event, sender);
      return { link: (await services.meetings.linkFor({ ...event, location: '' }, tabId)).link };
    },
    'meeting.remove': async ({ event }, sender) =>
      services.meetings.remove(event, tabOfPeekedEvent(event, sender)),
    // The sign-in window opens from here: a calendar page cannot open it, and never sees the tokens.
    // Zoom's; webex-handlers.ts answers for Webex (a request naming it, or Webex as the default).
    // A grant already held is revoked first: a page must not collect grants, each a live token.
    'auth.signInFromPage': async () => {
      if ((await services.zoom.status()).connected) await services.zoom.signOut();
      await services.zoom.signIn();
      return { connected: (await services.zoom.status()).connected };
    },
  };
}
