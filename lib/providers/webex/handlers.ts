import type { WebexSettingsView } from '../../protocol/webex';
import type { ProviderChoice, WebexEndpoints } from '../../storage';
import type { WebexConnection } from './connection';
import { accountAnswers } from '../../auth/connection';
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
  const account = accountAnswers(services.webex, (error) => `Webex, ${describeError(error).code}`);
  const view = async (): Promise<WebexSettingsView> => ({
    ...(await services.getSettings()),
    redirectUrl: services.redirectUrl,
  });

  return {
    'webex.status': (request) => account.status(request),
    'webex.signIn': () => account.signIn(),
    'webex.signOut': () => account.signOut(),
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
