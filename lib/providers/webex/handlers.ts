import type { WebexSettingsView, WebexStatusView } from '../../protocol/webex';
import type { ProviderChoice, WebexEndpoints } from '../../storage';
import type { WebexConnection } from './connection';
import { describeError } from '../../http/describe-error';
import type { Handlers } from '../../messaging';

export interface WebexSettings {
  endpoints: WebexEndpoints;
  defaultProvider: ProviderChoice;
}

export interface WebexServices {
  webex: Pick<WebexConnection, 'signIn' | 'signOut' | 'status' | 'refreshProfile'>;
  redirectUrl: string;
  getSettings(): Promise<WebexSettings>;
  saveSettings(settings: WebexSettings): Promise<void>;
}

/** The Webex account's and server's answers: its status, sign-in and sign-out, its server settings. */
export function createWebexHandlers(services: WebexServices): Partial<Handlers> {
  const status = (): Promise<WebexStatusView> => services.webex.status();
  const view = async (): Promise<WebexSettingsView> => ({
    ...(await services.getSettings()),
    redirectUrl: services.redirectUrl,
  });

  return {
    'webex.status': async ({ refresh }) => {
      const current = await status();
      if (!refresh || !current.connected) return current;
      // As for Zoom: a refused token signs the person out and the status says why; being offline
      // leaves the saved profile on show.
      await services.webex.refreshProfile().catch((error: unknown) => {
        console.warn('Could not refresh the Webex profile:', describeError(error).code);
      });
      return status();
    },
    'webex.signIn': async () => {
      await services.webex.signIn();
      return status();
    },
    'webex.signOut': async () => {
      await services.webex.signOut();
      return status();
    },
    'settings.getWebex': view,
    'settings.saveWebex': async (request) => {
      const current = await services.getSettings();
      const endpoints = request.endpoints
        ? { ...request.endpoints, clientId: request.endpoints.clientId.trim() }
        : current.endpoints;
      const moved = (['oauthBase', 'apiBase', 'clientId'] as const).some(
        (k) => endpoints[k] !== current.endpoints[k],
      );
      // Forget the grant while the old server is still the configured one: a token only goes to
      // the server that issued it, and the person signs in again to the new one.
      if (moved) await services.webex.signOut();
      await services.saveSettings({
        endpoints,
        defaultProvider: request.defaultProvider ?? current.defaultProvider,
      });
      return view();
    },
  };
}
