import type { ResolvedZoomEndpoints } from './endpoints';
import { describeError } from '../../http/describe-error';
import type { ConnectionStatus, Handlers, ZoomSettingsView } from '../../messaging';
import type { ZoomEndpoints } from '../../storage';
import type { ZoomConnection } from './connection';

export interface ZoomAccountServices {
  zoom: Pick<ZoomConnection, 'signIn' | 'signOut' | 'status' | 'refreshProfile'>;
  redirectUrl: string;
  resolveZoomEndpoints(): Promise<ResolvedZoomEndpoints>;
  saveZoomEndpoints(endpoints: ZoomEndpoints): Promise<void>;
}

type ZoomAccountHandlers = Pick<
  Handlers,
  'status.get' | 'auth.signIn' | 'auth.signOut' | 'settings.getZoom' | 'settings.saveZoom'
>;

/** The Zoom account's and server's answers: its status, sign-in and sign-out, its server settings. */
export function createZoomAccountHandlers(services: ZoomAccountServices): ZoomAccountHandlers {
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
  };
}
