import { sendMessage } from '@/lib/messaging';
import { WEBEX_API_BASE, type WebexEndpoints } from '@/lib/storage';
import { defineAccountSection } from './provider-account';
import { defineProviderOptions } from './provider-options';

/** webexapis.com is in the manifest's hosts; any other server (such as the sandbox) is not. */
const builtIn = (endpoints: WebexEndpoints) =>
  [endpoints.oauthBase, endpoints.apiBase].every(
    (base) => new URL(base).origin === new URL(WEBEX_API_BASE).origin,
  );

/** Webex on the options page: the `webex.*` messages and one server with no presets. */
export const webexOptions = defineProviderOptions({
  account: {
    heading: { id: 'webex-account-heading', text: 'webexAccountHeading' },
    section: defineAccountSection({
      provider: 'webex',
      status: { name: 'webex.status', payload: { refresh: true } },
      signIn: { name: 'webex.signIn', payload: {} },
      signOut: { name: 'webex.signOut', payload: {} },
      read: (reply) => reply,
      text: {
        notConnected: 'webexStatusNotConnected',
        connect: 'actionConnectWebex',
        noClientId: 'accountNoClientIdWebex',
        noClientIdHow: 'accountNoClientIdHowWebex',
      },
      testIds: { user: 'webex-user', status: 'webex-connection-status' },
    }),
  },
  server: {
    heading: { id: 'webex-server-heading', text: 'webexServerHeading' },
    form: {
      save: (endpoints: WebexEndpoints) => sendMessage('settings.saveWebex', { endpoints }),
      needsHostPermission: (d) => !builtIn(d),
      text: { clientId: 'webexSettingsClientId', redirectUrl: 'webexRedirectUrl' },
      testIds: { redirectUrl: 'webex-redirect-url', message: 'webex-settings-message' },
      names: { oauthBase: 'webexOauthBase', apiBase: 'webexApiBase', clientId: 'webexClientId' },
    },
  },
});
