import type { ResolvedZoomEndpoints } from './endpoints';
import { accountAnswers } from '../../auth/connection';
import { describeError } from '../../http/describe-error';
import type { Handlers, ZoomSettingsView } from '../../messaging';
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
  const account = accountAnswers(services.zoom, (error) => `Zoom, ${describeError(error).code}`);
  const settingsView = async (): Promise<ZoomSettingsView> => ({
    ...(await services.resolveZoomEndpoints()),
    redirectUrl: services.redirectUrl,
  });

  return {
    'status.get': async (request) => ({ zoom: await account.status(request) }),
    'auth.signIn': async () => ({ zoom: await account.signIn() }),
    'auth.signOut': async () => ({ zoom: await account.signOut() }),
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
